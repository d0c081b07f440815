package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes come with the diagnostics (computed by the checks): each of these must be there,
 * and applying it must remove the finding it is attached to.
 */
class CodeActionsTest {

    record Given(String text) {
        Analysis analysis() {
            return new Analyzer().analyze(text);
        }

        Diagnostic finding(String idPrefix) {
            return analysis().diagnostics().stream().filter(d -> d.id().startsWith(idPrefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + idPrefix + " in " + analysis().diagnostics()));
        }

        /** The text after the first fix of the first finding with the id. */
        String fixed(String idPrefix) {
            Diagnostic d = finding(idPrefix);
            assertFalse(d.fixes().isEmpty(), "no fix for " + d);
            return TextEdits.apply(text, d.fixes().get(0).edits());
        }

        List<String> ids() {
            return analysis().diagnostics().stream().map(Diagnostic::id).toList();
        }
    }

    static Given given(String text) {
        return new Given(text);
    }

    @Test
    void aWrongTotalIsSetToWhatTheOtherCellsImply() {
        Given g = given(Marked.example(Marked.exampleLine("行政复议 "), "行政复议  1  2  -  -  0"));
        Diagnostic d = g.finding("balance.");
        assertEquals("balance.row-total", d.id());
        assertTrue(d.fixes().get(0).title().startsWith("改为 3"), d.fixes().get(0).title());
        assertEquals(List.of(), given(g.fixed("balance.")).ids());
    }

    @Test
    void missingRowsAreInserted() {
        Given g = given(Marked.example(Marked.exampleLine("国家秘密") + "\n", ""));
        assertTrue(g.ids().contains("row.missing"), g.ids().toString());
        assertEquals(List.of(), given(g.fixed("row.missing")).ids());
    }

    @Test
    void aMissingSectionHeadingIsInserted() {
        String text = Marked.example();
        text = text.substring(0, text.indexOf("# 六、"));
        Given g = given(text);
        assertTrue(g.ids().contains("section.missing"), g.ids().toString());
        Given fixed = given(g.fixed("section.missing"));
        assertFalse(fixed.ids().contains("section.missing"), fixed.ids().toString());
    }

    @Test
    void anUnknownRowIsReplacedByTheSuggestion() {
        Given g = given(Marked.example("国家秘密  ", "国家秘蜜  "));
        Diagnostic d = g.finding("row.unknown");
        assertTrue(d.fixes().get(0).title().contains("国家秘密"), d.fixes().toString());
        assertEquals(List.of(), given(g.fixed("row.unknown")).ids());
    }

    @Test
    void aFullWidthDigitIsMadeHalfWidth() {
        Given g = given(Marked.example(Marked.exampleLine("行政许可"), "行政许可              ０"));
        assertEquals(List.of("value.full-width"), g.ids());
        String fixed = g.fixed("value.full-width");
        assertTrue(fixed.contains("行政许可              0\n"));
        assertEquals(List.of(), given(fixed).ids());
    }
}
