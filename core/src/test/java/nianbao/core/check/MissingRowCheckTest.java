package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code row.missing}: fixtures in {@code src/test/resources/fixtures/row.missing/}. */
class MissingRowCheckTest {

    private final CheckFixture fixture = CheckFixture.of("row.missing");

    @Test
    void firesWhenRowsAreLeftOutWithoutTheRestLine() {
        fixture.fires("fires");
    }

    @Test
    void quietWithTheRestLine() {
        fixture.quiet("quiet");
    }
}
