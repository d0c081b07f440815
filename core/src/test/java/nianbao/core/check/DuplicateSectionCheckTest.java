package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code section.duplicate}: fixtures in {@code src/test/resources/fixtures/section.duplicate/}. */
class DuplicateSectionCheckTest {

    private final CheckFixture fixture = CheckFixture.of("section.duplicate");

    @Test
    void firesOnASectionWrittenTwice() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEachSectionIsWrittenOnce() {
        fixture.quiet("quiet");
    }
}
