package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code section.empty}: fixtures in {@code src/test/resources/fixtures/section.empty/}. */
class EmptySectionCheckTest {

    private final CheckFixture fixture = CheckFixture.of("section.empty");

    @Test
    void firesOnASectionWithNothingUnderIt() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenTheSectionSaysNothingToReport() {
        fixture.quiet("quiet");
    }
}
