package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.template-year}: fixtures in {@code src/test/resources/fixtures/header.template-year/}. */
class TemplateYearCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.template-year");

    @Test
    void firesOnAYearBeforeTheTemplateApplies() {
        fixture.fires("fires");
    }

    @Test
    void quietForALaterYear() {
        fixture.quiet("quiet");
    }
}
