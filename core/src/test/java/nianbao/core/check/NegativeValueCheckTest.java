package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code value.negative}: fixtures in {@code src/test/resources/fixtures/value.negative/}. */
class NegativeValueCheckTest {

    private final CheckFixture fixture = CheckFixture.of("value.negative");

    @Test
    void firesOnANegativeCount() {
        fixture.fires("fires");
    }

    @Test
    void quietForABlankDash() {
        fixture.quiet("quiet");
    }
}
