package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code value.not-a-number}: fixtures in {@code src/test/resources/fixtures/value.not-a-number/}. */
class NotANumberCheckTest {

    private final CheckFixture fixture = CheckFixture.of("value.not-a-number");

    @Test
    void firesOnCellsThatAreNotNumbers() {
        fixture.fires("fires");
    }

    @Test
    void quietForNumbersAndBlanks() {
        fixture.quiet("quiet");
    }
}
