package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code table.missing}: fixtures in {@code src/test/resources/fixtures/table.missing/}. */
class MissingTableCheckTest {

    private final CheckFixture fixture = CheckFixture.of("table.missing");

    @Test
    void firesWhenASectionLacksATable() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEveryTableIsThere() {
        fixture.quiet("quiet");
    }
}
