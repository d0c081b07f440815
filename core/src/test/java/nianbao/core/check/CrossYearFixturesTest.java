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

    /**
     * Last year's 现行有效 left blank (社会事业局 2023, its cells unreadable): taken as 0, and the
     * finding says the cell was blank rather than that it said 0.
     */
    @Test
    void aBlankLastYearCellIsNamedAsBlank() {
        CheckFixture.of("carry.active-documents").fires("fires-blank-last-year");
        CheckFixture.of("carry.active-documents").quiet("quiet-blank-last-year");
    }
}
