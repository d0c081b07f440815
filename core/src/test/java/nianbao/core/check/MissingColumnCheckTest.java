package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code column.missing}: fixtures in {@code src/test/resources/fixtures/column.missing/}. */
class MissingColumnCheckTest {

    private final CheckFixture fixture = CheckFixture.of("column.missing");

    @Test
    void firesWhenTheHeadLeavesAColumnOut() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenTheHeadNamesNoColumns() {
        fixture.quiet("quiet");
    }

    @Test
    void firesBesideAnUnknownNameWhenMoreColumnsAreMissing() {
        fixture.fires("fires-with-unknown");
    }
}
