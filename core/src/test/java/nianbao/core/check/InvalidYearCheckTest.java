package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.invalid-year}: fixtures in {@code src/test/resources/fixtures/header.invalid-year/}. */
class InvalidYearCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.invalid-year");

    @Test
    void firesOnAMistypedYear() {
        fixture.fires("fires");
    }

    @Test
    void quietForAYearWithTheCharacterNian() {
        fixture.quiet("quiet");
    }
}
