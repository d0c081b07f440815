package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The consistency rules of the national-2021 template, each under its own id: fixtures in
 * {@code src/test/resources/fixtures/<rule id>/}.
 */
class TemplateRulesCheckTest {

    @Test
    void rowTotalFiresOnEveryRowWhoseTotalIsNotItsSum() {
        CheckFixture.of("balance.row-total").fires("fires");
    }

    @Test
    void rowTotalQuietWhenTheTotalColumnComesFirst() {
        CheckFixture.of("balance.row-total").quiet("quiet");
    }

    @Test
    void rowTotalFiresInSectionFour() {
        CheckFixture.of("balance.row-total").fires("fires-review");
    }

    @Test
    void rowTotalQuietInSectionFourWhenOnlyTotalsAreFilled() {
        CheckFixture.of("balance.row-total").quiet("quiet-review");
    }

    @Test
    void handledTotalFiresWhenTheResultsDoNotAddUp() {
        CheckFixture.of("balance.handled-total").fires("fires");
    }

    @Test
    void handledTotalQuietWhenTheResultsAddUp() {
        CheckFixture.of("balance.handled-total").quiet("quiet");
    }

    @Test
    void applicationFiresWhenReceivedDoesNotMatchHandledAndCarriedForward() {
        CheckFixture.of("balance.application").fires("fires");
    }

    @Test
    void applicationQuietWhenCarriedOverIsCarriedForward() {
        CheckFixture.of("balance.application").quiet("quiet");
    }

    @Test
    void aBlankTotalIsSaidToBeTakenAsZero() {
        CheckFixture.of("balance.row-total").fires("fires-blank-total");
    }

    @Test
    void aTotalFilledByTheRestLineIsSaidToBeUnwritten() {
        CheckFixture.of("balance.handled-total").fires("fires-unwritten-total");
    }

    /**
     * The pattern of a real report (real/39): the 总计 column left 0 on rows whose other cells are
     * filled, and the 自然人 column's (七)总计 one short. No cell may be blamed with a value a count
     * cannot hold, nor a 自然人 cell with a value the broken rules do not agree on: each row's
     * finding is on its 总计 cell, the column's on its stated total, and no fix writes a count
     * below 0.
     */
    @Test
    void aTotalColumnLeftZeroBlamesNoOtherCellWithAMadeUpValue() {
        CheckFixture fixture = CheckFixture.of("balance.row-total");
        fixture.fires("fires-total-column-zero");
        List<Diagnostic> found = fixture.diagnostics("fires-total-column-zero").stream()
                .filter(d -> d.id().startsWith("balance.")).toList();
        Pattern negative = Pattern.compile("应为 -|改为 -");
        for (Diagnostic d : found) {
            assertFalse(negative.matcher(d.message()).find(), d.message());
            d.fixes().forEach(f -> f.edits().forEach(e -> assertFalse(e.newText().startsWith("-"), d.message())));
            if (d.id().equals("balance.row-total")) {
                assertTrue(d.message().matches("“[^”]+”的“总计”.*"), "a row-total finding on a 总计 cell: " + d.message());
            } else {
                assertFalse(d.message().contains("最可能是它填错了"), d.message());
                assertTrue(d.message().contains("看不出是哪一个单元格填错了"), d.message());
            }
        }
        // 本年新收, 不掌握, 补正后仍不明确, 逾期不补正, 3.其他 and （七）总计 break their row total.
        assertEquals(6, found.stream().filter(d -> d.id().equals("balance.row-total")).count(), CheckFixture.render(found));
    }
}
