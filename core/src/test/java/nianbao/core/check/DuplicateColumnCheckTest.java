package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code column.duplicate}: fixtures in {@code src/test/resources/fixtures/column.duplicate/}. */
class DuplicateColumnCheckTest {

    private final CheckFixture fixture = CheckFixture.of("column.duplicate");

    @Test
    void firesOnAColumnNamedTwice() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEachColumnIsNamedOnce() {
        fixture.quiet("quiet");
    }
}
