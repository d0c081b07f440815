package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code local.required-statement}: fixtures in {@code src/test/resources/fixtures/local.required-statement/}, with the county template they use ({@code county.nbt}). */
class RequiredStatementCheckTest {

    private final CheckFixture fixture = CheckFixture.of("local.required-statement");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void firesFigure() {
        fixture.fires("fires-figure");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }

    @Test
    void quietOptional() {
        fixture.quiet("quiet-optional");
    }

    @Test
    void quietNational() {
        fixture.quiet("quiet-national");
    }
}
