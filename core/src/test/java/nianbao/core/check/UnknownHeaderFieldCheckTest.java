package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.unknown-field}: fixtures in {@code src/test/resources/fixtures/header.unknown-field/}. */
class UnknownHeaderFieldCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.unknown-field");

    @Test
    void firesOnAFieldTheTemplateDoesNotDeclare() {
        fixture.fires("fires");
    }

    @Test
    void quietForDeclaredFields() {
        fixture.quiet("quiet");
    }
}
