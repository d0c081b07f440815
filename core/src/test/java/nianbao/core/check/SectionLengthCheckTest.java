package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code local.section-length}: fixtures in {@code src/test/resources/fixtures/local.section-length/}, with the county template they use ({@code county.nbt}). */
class SectionLengthCheckTest {

    private final CheckFixture fixture = CheckFixture.of("local.section-length");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void firesPart() {
        fixture.fires("fires-part");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }

    @Test
    void quietNational() {
        fixture.quiet("quiet-national");
    }
}
