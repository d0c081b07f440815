package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code section.missing}: fixtures in {@code src/test/resources/fixtures/section.missing/}. */
class MissingSectionCheckTest {

    private final CheckFixture fixture = CheckFixture.of("section.missing");

    @Test
    void firesWhenASectionIsLeftOut() {
        fixture.fires("fires");
    }

    @Test
    void firesWhenTheLastSectionIsLeftOut() {
        fixture.fires("fires-last");
    }

    @Test
    void quietWhenASectionUsesAHeadingVariant() {
        fixture.quiet("quiet");
    }
}
