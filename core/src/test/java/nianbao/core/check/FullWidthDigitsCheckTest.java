package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code value.full-width}: fixtures in {@code src/test/resources/fixtures/value.full-width/}. */
class FullWidthDigitsCheckTest {

    private final CheckFixture fixture = CheckFixture.of("value.full-width");

    @Test
    void firesOnFullWidthDigits() {
        fixture.fires("fires");
    }

    @Test
    void quietForHalfWidthDigits() {
        fixture.quiet("quiet");
    }
}
