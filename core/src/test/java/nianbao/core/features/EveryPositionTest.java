package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.syntax.Position;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Every feature answers at every position of broken and odd texts without throwing, and every
 * range it returns lies inside the document.
 */
class EveryPositionTest {

    private static final List<String> TEXTS = List.of(
            "",
            "#",
            "[",
            "【",
            "[]",
            "模板：",
            "模板：national-2021\n#\n[",
            "标题：x\n\n# 三、收到和处理政府信息公开申请情况\n[申请处理 自然人\n本年新收 1 2\n[\n## （一）\n# \n"
                    + "[行政复议和行政诉讼] 维持\n复议 1 ]]] ## //\n\n",
            "# 三\r\n  \r\n# 一、总体情况\r\n   \r\n#   \r\n[ \r\n[申请处理]\t总计 // c\r\n𠀾本年新收 １ -\r\n其余为0\r\n\r\n\r\n   \r\n",
            "\uFEFF// a\n// b\n模板：national-2021\n# 二、主动公开政府信息情况\n【第二十条第（八）项】 金额\n收费 9.5\n"
                    + "1、要点\n（一）小标题\n[第二十条第（八）项] 金额 金额\n收费 1 2 3\n\n\n");

    @Test
    void oddTexts() {
        for (String text : TEXTS) {
            everywhere(text);
        }
    }

    @Test
    void theExampleOnEveryLine() {
        everywhere(Marked.example());
    }

    private static void everywhere(String text) {
        Analysis analysis = new Analyzer().analyze(text);
        SourceText source = new SourceText(text);
        assertDoesNotThrow(() -> {
            inside(source, Formatter.format(analysis).stream().map(e -> e.range().end()).toList());
            DocumentSymbols.of(analysis);
            FoldingRanges.of(analysis);
            for (SemanticToken t : SemanticTokens.of(analysis)) {
                assertTrue(t.startChar() + t.length() <= source.line(t.line()).length(), t.toString());
            }
            inside(source, InlayHints.of(analysis).stream().map(InlayHint::position).toList());
            inside(source, RuleLenses.of(analysis).stream().map(l -> l.range().end()).toList());
            inside(source, DocumentLinks.of(analysis).stream().map(l -> l.range().end()).toList());
        }, text);
        for (int line = 0; line < source.lineCount(); line++) {
            int length = source.line(line).length();
            for (int ch = 0; ch <= length + 1; ch++) {
                Position p = new Position(line, ch);
                assertDoesNotThrow(() -> {
                    Position caret = new Position(p.line(), Math.min(p.character(), length));
                    for (CompletionItem item : Completion.at(analysis, p)) {
                        inside(source, List.of(item.range().start(), item.range().end()));
                        assertTrue(item.range().start().compareTo(item.range().end()) <= 0, item.toString());
                        if (!text.isBlank()) {
                            assertTrue(item.range().contains(caret), () -> item.range() + " misses the caret " + caret);
                        }
                    }
                    Hover.at(analysis, p);
                    Definition.at(analysis, p);
                    inside(source, DocumentHighlights.at(analysis, p).stream().map(h -> h.range().end()).toList());
                    List<nianbao.syntax.Range> chain = SelectionRanges.at(analysis, p);
                    assertTrue(!chain.isEmpty() && chain.get(0).contains(caret), () -> chain + " misses " + caret);
                    inside(source, chain.stream().map(r -> r.end()).toList());
                }, () -> "at " + p + " in " + text);
            }
        }
    }

    private static void inside(SourceText source, List<Position> positions) {
        for (Position p : positions) {
            assertTrue(p.line() < source.lineCount() && p.character() <= source.line(p.line()).length(),
                    () -> p + " is outside the document");
        }
    }
}
