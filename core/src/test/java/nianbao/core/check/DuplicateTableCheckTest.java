package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code table.duplicate}: fixtures in {@code src/test/resources/fixtures/table.duplicate/}. */
class DuplicateTableCheckTest {

    private final CheckFixture fixture = CheckFixture.of("table.duplicate");

    @Test
    void firesOnATableWrittenTwice() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEachTableIsWrittenOnce() {
        fixture.quiet("quiet");
    }
}
