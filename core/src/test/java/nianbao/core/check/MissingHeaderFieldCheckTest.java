package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.missing-field}: fixtures in {@code src/test/resources/fixtures/header.missing-field/}. */
class MissingHeaderFieldCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.missing-field");

    @Test
    void firesWhenARequiredFieldIsAbsentOrEmpty() {
        fixture.fires("fires");
    }

    @Test
    void quietWithHalfWidthColons() {
        fixture.quiet("quiet");
    }
}
