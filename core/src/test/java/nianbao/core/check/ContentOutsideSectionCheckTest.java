package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code content.outside-section}: fixtures in {@code src/test/resources/fixtures/content.outside-section/}. */
class ContentOutsideSectionCheckTest {

    private final CheckFixture fixture = CheckFixture.of("content.outside-section");

    @Test
    void firesOnTablesAndFieldsWithoutColonBeforeTheFirstSection() {
        fixture.fires("fires");
        fixture.fires("fires-field");
    }

    @Test
    void quietForCommentsAndTheForewordBeforeTheFirstSection() {
        fixture.quiet("quiet");
    }
}
