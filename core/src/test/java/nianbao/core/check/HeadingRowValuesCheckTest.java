package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code row.heading-values}: fixtures in {@code src/test/resources/fixtures/row.heading-values/}. */
class HeadingRowValuesCheckTest {

    private final CheckFixture fixture = CheckFixture.of("row.heading-values");

    @Test
    void firesOnAHeadingRowGivenNumbers() {
        fixture.fires("fires");
    }

    @Test
    void quietForAHeadingRowWrittenAsALabelAlone() {
        fixture.quiet("quiet");
    }
}
