package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import org.junit.jupiter.api.Test;

class InlayHintsTest {

    /** The hints of a text; {@code |} marks where the expected hint stands. */
    record Given(Marked marked) {
        List<InlayHint> hints() {
            return InlayHints.of(marked.analysis());
        }
    }

    static Given given(String text) {
        return new Given(Marked.of(text));
    }

    private static final String NEW_ROW = Marked.exampleLine("本年新收");
    private static final String HANDLED = Marked.exampleLine("（七）总计");

    @Test
    void theExampleHasNoHints() {
        assertEquals(List.of(), InlayHints.of(new Analyzer().analyze(Marked.example())));
    }

    @Test
    void aWrongRowTotalShowsTheSumAfterIt() {
        // 本年新收: 自然人 3, 商业企业 4, total written 0 → = 7. The totals of the rows below
        // that the column rules compute are wrong too, so keep them consistent.
        String row = "本年新收  3  4  -  -  -  -  0|";
        String text = Marked.example(NEW_ROW, row)
                .replace(HANDLED, "（七）总计  3  4  -  -  -  -  7");
        text = text.replace(Marked.exampleLine("予以公开"), "予以公开  3  4  -  -  -  -  7");
        Given g = given(text);
        InlayHint hint = g.hints().stream().filter(h -> h.position().equals(g.marked().caret())).findFirst()
                .orElseThrow(() -> new AssertionError(g.hints().toString()));
        assertEquals("应为 7", hint.label());
    }

    @Test
    void aBlankTotalLeftToFillShowsTheSum() {
        String text = Marked.example(NEW_ROW, "本年新收  2  -  -  -  -  -  -|")
                .replace(HANDLED, "（七）总计  2  -  -  -  -  -  2")
                .replace(Marked.exampleLine("予以公开"), "予以公开  2  -  -  -  -  -  2");
        Given g = given(text);
        List<InlayHint> onLine = g.hints().stream().filter(h -> h.position().line() == g.marked().caret().line())
                .toList();
        assertEquals(1, onLine.size(), onLine::toString);
        assertEquals(g.marked().caret(), onLine.get(0).position());
        assertEquals("应为 2", onLine.get(0).label());
        assertTrue(onLine.get(0).tooltip().contains("改为 2"), onLine.get(0).tooltip());
    }

    @Test
    void eachHintStandsWhereItsQuickFixEditsAndSaysTheValueTheFixWrites() {
        // 本年新收 总计 6 while its cells sum to 5 and the column rules agree with 6 elsewhere: the
        // finding blames one cell; the hint must be on that cell with that fix's value.
        String text = Marked.example(NEW_ROW, "本年新收  3  2  -  -  -  -  6")
                .replace(HANDLED, "（七）总计  3  3  -  -  -  -  6")
                .replace(Marked.exampleLine("予以公开"), "予以公开  3  3  -  -  -  -  6");
        var analysis = new Analyzer().analyze(text);
        List<InlayHint> hints = InlayHints.of(analysis);
        assertTrue(!hints.isEmpty(), analysis.diagnostics()::toString);
        for (InlayHint h : hints) {
            var fixes = analysis.diagnostics().stream()
                    .filter(d -> d.range().end().equals(h.position()))
                    .flatMap(d -> d.fixes().stream())
                    .filter(f -> f.edits().size() == 1 && f.edits().get(0).range().end().equals(h.position()))
                    .toList();
            assertTrue(!fixes.isEmpty(), () -> h + " has no quick fix at its cell: " + analysis.diagnostics());
            assertEquals("应为 " + fixes.get(0).edits().get(0).newText(), h.label());
        }
    }

    @Test
    void aDismissedFindingShowsNoHint() {
        String broken = Marked.example(NEW_ROW, "本年新收  3  4  -  -  -  -  0");
        assertTrue(!InlayHints.of(new Analyzer().analyze(broken)).isEmpty());
        var analysis = new Analyzer().analyze(broken.replace("本年新收  3  4", "// 忽略 balance.row-total：测试\n本年新收  3  4")
                .replace(HANDLED, "（七）总计  3  4  -  -  -  -  0"));
        assertTrue(InlayHints.of(analysis).stream().noneMatch(h -> analysis.syntax().source().line(h.position().line())
                .startsWith("本年新收")), () -> InlayHints.of(analysis).toString());
    }

    @Test
    void positionsCountUtf16AfterACharacterOutsideTheBmp() {
        // The head names an unknown first column; each row writes 𠀾 (two UTF-16 units) under it.
        String head = Marked.exampleLine("[申请处理]");
        String text = Marked.example(head, head.replace("[申请处理]", "[申请处理] 𠀾村"))
                .replace(NEW_ROW, "本年新收 𠀾 3  4  -  -  -  -  0|")
                .replace(HANDLED, "（七）总计 𠀾 3  4  -  -  -  -  7")
                .replace(Marked.exampleLine("予以公开"), "予以公开 𠀾 3  4  -  -  -  -  7");
        Given g = given(text);
        assertEquals("本年新收 𠀾 3  4  -  -  -  -  0".length(), g.marked().caret().character());
        assertEquals(List.of("应为 7"), g.hints().stream().filter(h -> h.position().equals(g.marked().caret()))
                .map(InlayHint::label).toList());
    }

    @Test
    void crlfTextGetsTheSameHints() {
        String text = Marked.example(NEW_ROW, "本年新收  3  4  -  -  -  -  0|");
        assertEquals(given(text).hints(), given(Marked.crlf(text)).hints());
        assertEquals(false, given(text).hints().isEmpty());
    }

    @Test
    void onlyHintsWithinTheAskedRange() {
        String text = Marked.example(NEW_ROW, "本年新收  3  4  -  -  -  -  0|");
        Given g = given(text);
        int line = g.marked().caret().line();
        List<InlayHint> all = g.hints();
        List<InlayHint> within = InlayHints.of(g.marked().analysis(), Range.of(line, 0, line, 200));
        assertEquals(all.stream().filter(h -> h.position().line() == line).toList(), within);
        assertEquals(List.of(), InlayHints.of(g.marked().analysis(), new Range(new Position(0, 0), new Position(1, 0))));
    }
}
