package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code prose.table-mismatch}: fixtures in {@code src/test/resources/fixtures/prose.table-mismatch/}. */
class ProseFigureCheckTest {

    private final CheckFixture fixture = CheckFixture.of("prose.table-mismatch");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }

    @Test
    void realWordingsThatHoldRaiseNothing() {
        fixture.quiet("quiet-real-wordings");
    }

    @Test
    void combinedFigureIsTheSumOfBothRows() {
        fixture.fires("fires-combined");
    }

    @Test
    void spacesAroundTheFigure() {
        fixture.fires("fires-spaces");
    }

    @Test
    void chineseNumerals() {
        fixture.fires("fires-chinese-numerals");
    }

    @Test
    void naturalPersonsColumn() {
        fixture.fires("fires-natural");
    }

    @Test
    void carriedOverFromLastYear() {
        fixture.fires("fires-carried-last-year");
    }

    @Test
    void partsAndSumsTheTableDoesNotHoldAreNotCompared() {
        fixture.quiet("quiet-parts");
    }
}
