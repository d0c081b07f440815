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

    /** A covering letter's salutation above the report (苏平片区 2020: “区办公室：根据……。”) is prose. */
    @Test
    void quietForALetterSalutationAboveTheReport() {
        fixture.quiet("quiet-letter-salutation");
    }
}
