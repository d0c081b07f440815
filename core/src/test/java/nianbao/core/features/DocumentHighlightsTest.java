package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.syntax.Position;
import org.junit.jupiter.api.Test;

class DocumentHighlightsTest {

    private static final String NEW_ROW = Marked.exampleLine("本年新收");

    private static List<Highlight> at(Marked m) {
        return DocumentHighlights.at(m.analysis(), m.caret());
    }

    private static List<Highlight> ofKind(List<Highlight> found, Highlight.Kind kind) {
        return found.stream().filter(h -> h.kind() == kind).toList();
    }

    @Test
    void aRowTotalHighlightsTheCellsItAddsUpAndTheColumnRulesItTakesPartIn() {
        int at = NEW_ROW.lastIndexOf('0');
        Marked m = Marked.of(Marked.example(NEW_ROW, NEW_ROW.substring(0, at) + "|" + NEW_ROW.substring(at)));
        List<Highlight> found = at(m);
        List<Highlight> written = ofKind(found, Highlight.Kind.WRITE);
        assertEquals(1, written.size(), found::toString);
        assertEquals(m.caret(), written.get(0).range().start());
        int line = m.caret().line();
        // total = natural + … + other: the six other cells of the row
        assertEquals(6, ofKind(found, Highlight.Kind.READ).stream().filter(h -> h.range().start().line() == line).count(),
                found::toString);
        // new + carried-over = handled-total + carry-forward, in the total column: three more totals
        List<Highlight> elsewhere = found.stream().filter(h -> h.range().start().line() != line).toList();
        assertEquals(3, elsewhere.size(), found::toString);
        for (Highlight h : elsewhere) {
            assertEquals(Highlight.Kind.READ, h.kind());
            String text = m.text().lines().toList().get(h.range().start().line()).stripTrailing();
            assertEquals(text.length(), h.range().end().character(), "the total column (last on its line): " + h);
        }
        int carried = line + 1;
        assertTrue(elsewhere.stream().anyMatch(h -> h.range().start().line() == carried), found::toString);
    }

    @Test
    void aRowLabelHighlightsTheCellsOfItsRow() {
        Marked m = Marked.of(Marked.example("上年结转", "上年|结转"));
        List<Highlight> found = at(m);
        assertEquals(7, found.size(), found::toString);
        assertTrue(found.stream().allMatch(h -> h.kind() == Highlight.Kind.TEXT && h.range().start().line() == m.caret().line()));
    }

    @Test
    void aColumnNameHighlightsTheCellsOfItsColumn() {
        Marked m = Marked.of(Marked.example("社会公益组织", "社会公益|组织"));
        List<Highlight> found = at(m);
        assertTrue(found.size() > 10, found::toString);
        int column = Marked.example().lines().filter(l -> l.startsWith("本年新收")).findFirst().orElseThrow().indexOf('-');
        assertTrue(found.stream().allMatch(h -> h.kind() == Highlight.Kind.TEXT && h.range().start().line() > m.caret().line()));
        assertTrue(found.stream().noneMatch(h -> h.range().start().character() == column), "not the 自然人 column");
    }

    @Test
    void aCellThatNoRuleNamesAndTextOutsideTablesHighlightNothing() {
        String permits = Marked.exampleLine("行政许可");
        int at = permits.lastIndexOf('0');
        assertEquals(List.of(), at(Marked.of(Marked.example(permits, permits.substring(0, at) + "|" + permits.substring(at)))));
        assertEquals(List.of(), at(Marked.of(Marked.example("# 一、总体情况", "# 一、|总体情况"))));
        assertEquals(List.of(), DocumentHighlights.at(Marked.of("|").analysis(), new Position(0, 0)));
    }
}
