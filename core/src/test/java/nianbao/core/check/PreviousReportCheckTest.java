package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.previous-report}: fixtures in {@code src/test/resources/fixtures/header.previous-report/}. */
class PreviousReportCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.previous-report");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }
}
