package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code table.unknown}: fixtures in {@code src/test/resources/fixtures/table.unknown/}. */
class UnknownTableCheckTest {

    private final CheckFixture fixture = CheckFixture.of("table.unknown");

    @Test
    void firesOnATableNameNoTableHas() {
        fixture.fires("fires");
    }

    @Test
    void quietForATableAlias() {
        fixture.quiet("quiet");
    }
}
