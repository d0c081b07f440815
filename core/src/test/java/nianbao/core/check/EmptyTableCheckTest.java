package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code table.empty}: fixtures in {@code src/test/resources/fixtures/table.empty/}. */
class EmptyTableCheckTest {

    private final CheckFixture fixture = CheckFixture.of("table.empty");

    @Test
    void firesOnATableHeadWithoutRows() {
        fixture.fires("fires");
    }

    @Test
    void quietForATableOfOnlyTheRestLine() {
        fixture.quiet("quiet");
    }
}
