package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code row.duplicate}: fixtures in {@code src/test/resources/fixtures/row.duplicate/}. */
class DuplicateRowCheckTest {

    private final CheckFixture fixture = CheckFixture.of("row.duplicate");

    @Test
    void firesOnARowWrittenTwice() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEachRowIsWrittenOnce() {
        fixture.quiet("quiet");
    }
}
