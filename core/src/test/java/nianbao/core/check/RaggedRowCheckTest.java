package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code row.ragged}: fixtures in {@code src/test/resources/fixtures/row.ragged/}. */
class RaggedRowCheckTest {

    private final CheckFixture fixture = CheckFixture.of("row.ragged");

    @Test
    void firesOnRowsWithTooFewOrTooManyNumbers() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEveryRowFillsItsColumns() {
        fixture.quiet("quiet");
    }
}
