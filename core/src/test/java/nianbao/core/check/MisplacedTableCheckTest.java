package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code table.misplaced}: fixtures in {@code src/test/resources/fixtures/table.misplaced/}. */
class MisplacedTableCheckTest {

    private final CheckFixture fixture = CheckFixture.of("table.misplaced");

    @Test
    void firesOnATableInTheWrongSection() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenTablesStandInTheirSections() {
        fixture.quiet("quiet");
    }
}
