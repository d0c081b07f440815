package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code value.not-integer}: fixtures in {@code src/test/resources/fixtures/value.not-integer/}. */
class NotIntegerCheckTest {

    private final CheckFixture fixture = CheckFixture.of("value.not-integer");

    @Test
    void firesOnADecimalCount() {
        fixture.fires("fires");
    }

    @Test
    void quietForADecimalAmount() {
        fixture.quiet("quiet");
    }
}
