package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** The cross-year rules of the national templates, on fixtures with last year's report beside them. */
class CrossYearFixturesTest {

    @Test
    void carriedOverMustEqualLastYearsCarryForward() {
        CheckFixture.of("carry.applications").fires("fires");
        CheckFixture.of("carry.applications").quiet("quiet");
    }

    @Test
    void activeDocumentsFollowLastYearsAsAWarning() {
        CheckFixture.of("carry.active-documents").fires("fires");
        CheckFixture.of("carry.active-documents").quiet("quiet");
    }
}
