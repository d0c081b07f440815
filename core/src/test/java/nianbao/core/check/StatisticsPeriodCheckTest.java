package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code plausibility.statistics-period}: fixtures in {@code src/test/resources/fixtures/plausibility.statistics-period/}. */
class StatisticsPeriodCheckTest {

    private final CheckFixture fixture = CheckFixture.of("plausibility.statistics-period");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }

    @Test
    void realPeriodWordingsWithTheRightYear() {
        fixture.quiet("quiet-real-wordings");
    }

    @Test
    void lastYearsPeriodKept() {
        fixture.fires("fires-wrong-year");
    }

    @Test
    void secondYearOmitted() {
        fixture.fires("fires-second-year-omitted");
    }

    @Test
    void spacesAroundTheFigures() {
        fixture.fires("fires-spaces");
    }
}
