package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code row.rest-value}: fixtures in {@code src/test/resources/fixtures/row.rest-value/}. */
class RestLineCheckTest {

    private final CheckFixture fixture = CheckFixture.of("row.rest-value");

    @Test
    void firesOnARestLineThatIsNotZero() {
        fixture.fires("fires");
    }

    @Test
    void quietForTheShortForm() {
        fixture.quiet("quiet");
    }
}
