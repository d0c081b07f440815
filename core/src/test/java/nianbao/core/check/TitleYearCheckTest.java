package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.title-year}: fixtures in {@code src/test/resources/fixtures/header.title-year/}. */
class TitleYearCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.title-year");

    @Test
    void firesOnATitleKeptFromLastYear() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenTheTitleNamesTheReportYear() {
        fixture.quiet("quiet");
    }
}
