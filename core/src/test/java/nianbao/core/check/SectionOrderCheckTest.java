package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code section.order}: fixtures in {@code src/test/resources/fixtures/section.order/}. */
class SectionOrderCheckTest {

    private final CheckFixture fixture = CheckFixture.of("section.order");

    @Test
    void firesOnSectionsOutOfOrder() {
        fixture.fires("fires");
    }

    @Test
    void quietInTheOfficialOrder() {
        fixture.quiet("quiet");
    }
}
