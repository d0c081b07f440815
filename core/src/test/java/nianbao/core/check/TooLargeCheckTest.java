package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code value.too-large}: fixtures in {@code src/test/resources/fixtures/value.too-large/}. */
class TooLargeCheckTest {

    private final CheckFixture fixture = CheckFixture.of("value.too-large");

    @Test
    void firesBeyondTwoToTheFiftyThirdMinusOne() {
        fixture.fires("fires");
    }

    @Test
    void quietAtTheLimit() {
        fixture.quiet("quiet");
    }
}
