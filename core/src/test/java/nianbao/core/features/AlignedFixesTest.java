package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class AlignedFixesTest {

    /** The example laid out by the formatter, as a clerk who formats their tables has it. */
    private static String formattedExample() {
        String text = Marked.example();
        return TextEdits.apply(text, Formatter.format(new Analyzer().analyze(text)));
    }

    @Test
    void aNumberInsertedIntoAShortRowStandsUnderItsColumn() {
        String formatted = formattedExample();
        String row = formatted.lines().filter(l -> l.startsWith("重复申请")).findFirst().orElseThrow();
        // the clerk left out the last cell (总计); the rules say which one it is
        String shortRow = row.replaceAll("\\s+\\S+$", "");
        String text = formatted.replace(row, shortRow);
        var analysis = new Analyzer().analyze(text);
        Diagnostic ragged = AlignedFixes.of(analysis).stream().filter(d -> d.id().equals("row.ragged")).findFirst()
                .orElseThrow(() -> new AssertionError(analysis.diagnostics().toString()));
        assertEquals(1, ragged.fixes().size(), ragged::toString);
        Diagnostic.Fix fix = ragged.fixes().get(0);
        String fixed = TextEdits.apply(text, fix.edits());
        String fixedRow = fixed.lines().filter(l -> l.startsWith("重复申请")).findFirst().orElseThrow();
        assertEquals(8, fixedRow.strip().split("\\s+").length, fixedRow);
        // the row is where the formatter would put it: formatting the fixed text leaves it alone
        int line = (int) fixed.lines().takeWhile(l -> !l.startsWith("重复申请")).count();
        assertEquals(List.of(), Formatter.format(new Analyzer().analyze(fixed)).stream()
                .filter(e -> e.range().start().line() == line).toList());
        assertEquals(nianbao.core.text.DisplayWidth.of(row), nianbao.core.text.DisplayWidth.of(fixedRow));
        // and the check's own fix said the same thing, set apart by two spaces only
        Diagnostic plain = analysis.diagnostics().stream().filter(d -> d.id().equals("row.ragged")).findFirst()
                .orElseThrow();
        assertEquals(Formatter.nonSpace(TextEdits.apply(text, plain.fixes().get(0).edits())), Formatter.nonSpace(fixed));
    }

    @Test
    void otherFixesAreLeftAsTheChecksMadeThem() {
        String text = Marked.example(Marked.exampleLine("本年新收"), "本年新收  3  -  -  -  -  -  0");
        var analysis = new Analyzer().analyze(text);
        assertEquals(analysis.diagnostics(), AlignedFixes.of(analysis));
        // a head missing a column is completed at its end as the check says, not re-laid out
        String head = Marked.exampleLine("[申请处理]");
        var headless = new Analyzer().analyze(Marked.example(head, head.replaceAll("\\s+总计$", "")));
        assertTrue(headless.diagnostics().stream().anyMatch(d -> d.id().equals("column.missing")), headless.diagnostics()::toString);
        assertEquals(headless.diagnostics(), AlignedFixes.of(headless));
    }
}
