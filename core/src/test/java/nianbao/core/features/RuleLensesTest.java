package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import org.junit.jupiter.api.Test;

class RuleLensesTest {

    private static final String NEW_ROW = Marked.exampleLine("本年新收");

    /** The lens of the table whose head line is the first one above a line starting with a prefix. */
    private static RuleLens lensAbove(Analysis a, String text, String prefix) {
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow());
        RuleLens found = null;
        for (RuleLens l : RuleLenses.of(a)) {
            if (l.range().start().line() < line) {
                found = l;
            }
        }
        if (found == null) {
            throw new AssertionError("no lens above " + prefix);
        }
        return found;
    }

    private static long balanceFindings(List<nianbao.core.diagnostic.Diagnostic> found) {
        return found.stream().filter(d -> d.id().startsWith("balance.")).count();
    }

    @Test
    void everyTableWithRulesOfTheExampleSaysTheyAllHold() {
        String text = Marked.example();
        List<RuleLens> lenses = RuleLenses.of(new Analyzer().analyze(text));
        assertTrue(lenses.size() >= 2, lenses::toString);
        for (RuleLens l : lenses) {
            assertEquals(0, l.broken() + l.undecided(), l.toString());
            assertTrue(l.holds() > 0, l.toString());
            assertEquals("勾稽关系 " + l.holds() + " 条全部成立", l.title());
            assertTrue(text.lines().toList().get(l.range().start().line()).startsWith("["), "on the table head: " + l);
        }
    }

    @Test
    void aWrongTotalIsCountedAsTheFindingsCountIt() {
        String text = Marked.example(NEW_ROW, NEW_ROW.substring(0, NEW_ROW.lastIndexOf('0')) + "7");
        Analysis a = new Analyzer().analyze(text);
        RuleLens lens = lensAbove(a, text, "本年新收");
        assertTrue(lens.broken() > 0, lens::toString);
        assertEquals(balanceFindings(a.diagnostics()), lens.broken(), a.diagnostics()::toString);
        assertEquals("勾稽关系 " + lens.broken() + " 条不成立，" + lens.holds() + " 条成立", lens.title());
    }

    @Test
    void dismissedFindingsAreStillCountedAndSaidToBeDismissed() {
        String wrong = NEW_ROW.substring(0, NEW_ROW.lastIndexOf('0')) + "7";
        String text = Marked.example(NEW_ROW, "// 忽略 balance.*：另有说明\n" + wrong);
        Analysis a = new Analyzer().analyze(text);
        assertEquals(0, balanceFindings(a.diagnostics()), a.diagnostics()::toString);
        RuleLens lens = lensAbove(a, text, "本年新收");
        assertTrue(lens.broken() > 0, lens::toString);
        assertEquals(balanceFindings(a.dismissed()), lens.dismissed());
        assertTrue(lens.title().contains("其中 " + lens.dismissed() + " 条已注明忽略"), lens.title());
    }

    @Test
    void aCellThatIsNotANumberLeavesItsRulesUndecidedNotBroken() {
        String text = Marked.example(NEW_ROW, NEW_ROW.replaceFirst("-", "甲"));
        Analysis a = new Analyzer().analyze(text);
        RuleLens lens = lensAbove(a, text, "本年新收");
        assertEquals(0, lens.broken(), lens::toString);
        assertTrue(lens.undecided() > 0, lens::toString);
        assertTrue(lens.title().startsWith("勾稽关系 " + lens.undecided() + " 条无法判断"), lens.title());
    }

    @Test
    void theTitleNamesEachKindThatOccurs() {
        assertEquals("勾稽关系 3 条全部成立", RuleLenses.title(3, 0, 0, 0));
        assertEquals("勾稽关系 2 条不成立（其中 1 条已注明忽略），1 条无法判断（有单元格未写出或不是数字），4 条成立",
                RuleLenses.title(4, 2, 1, 1));
    }
}
