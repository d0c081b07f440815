package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.testing.Golden;
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

    /**
     * A real report (平潭海坛片区 2024) wrote 本年新收 5 and 1 under 自然人 and 商业企业 but 0 under 总计,
     * and its prose says 6: the table contradicts itself there, so the prose is not blamed (and no
     * fix copies the 0 into it); the row total is what gets reported.
     */
    @Test
    void aCellInABrokenRuleIsNotComparedWithTheProse() {
        String text = Golden.read(CheckFixture.ROOT.resolve("prose.table-mismatch/quiet-real-wordings.nianbao"))
                .replace("本年新收        5       1         0         0             0             0     6",
                        "本年新收        5       1         0         0             0             0     0")
                .replace("全年共收到政府信息公开申请6件。", "全年共收到政府信息公开申请6件，本年新收政府信息公开申请6件。");
        List<Diagnostic> found = CheckFixture.analyze(text).diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.id().equals("balance.row-total")), found::toString);
        assertTrue(found.stream().noneMatch(d -> d.id().equals("prose.table-mismatch")), found::toString);
        // with the table in order again, the same sentence is compared
        String consistent = text.replace("本年新收        5       1         0         0             0             0     0",
                "本年新收        4       1         0         0             0             0     5")
                .replace("上年结转        2", "上年结转        3").replace("上年结转        3       0         0         0             0             0     2",
                        "上年结转        3       0         0         0             0             0     3");
        List<Diagnostic> compared = CheckFixture.analyze(consistent).diagnostics();
        assertTrue(compared.stream().anyMatch(d -> d.id().equals("prose.table-mismatch") && d.message().contains("为 5")),
                compared::toString);
    }
}
