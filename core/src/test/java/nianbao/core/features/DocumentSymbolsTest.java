package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import nianbao.syntax.Range;
import org.junit.jupiter.api.Test;

class DocumentSymbolsTest {

    record Given(String text) {
        List<OutlineSymbol> outline() {
            return DocumentSymbols.of(new Analyzer().analyze(text));
        }

        List<OutlineSymbol> sections() {
            return outline().stream().filter(s -> s.kind() == OutlineSymbol.Kind.SECTION).toList();
        }
    }

    static Given given(String text) {
        return new Given(text);
    }

    @Test
    void theExampleOutlinesSectionsTablesRows() {
        Given g = given(Marked.example());
        assertEquals(List.of("标题", "机关", "年度", "模板"), g.outline().stream()
                .filter(s -> s.kind() == OutlineSymbol.Kind.FIELD).map(OutlineSymbol::name).toList());
        List<OutlineSymbol> sections = g.sections();
        assertEquals(6, sections.size());
        assertEquals("三、收到和处理政府信息公开申请情况", sections.get(2).name());
        OutlineSymbol applications = sections.get(2).children().get(0);
        assertEquals("[申请处理]", applications.name());
        assertEquals(OutlineSymbol.Kind.TABLE, applications.kind());
        assertEquals(25, applications.children().size());
        OutlineSymbol secret = applications.children().get(4);
        assertEquals("国家秘密", secret.name());
        assertEquals("1.属于国家秘密", secret.detail());
        assertEquals(4, sections.get(1).children().size());
        everySelectionInsideItsRange(g.outline());
    }

    @Test
    void aBrokenFileStillHasAnOutline() {
        String text = "标题：x\n\n# 三、收到和处理政府信息公开申请情况\n[申请处理 自然人\n本年新收 1 2\n"
                + "[\n## （一）\n# \n[行政复议和行政诉讼] 维持\n复议 1 ]]] ## //\n";
        Given g = given(text);
        List<OutlineSymbol> sections = g.sections();
        assertEquals(2, sections.size());
        assertTrue(sections.get(0).children().stream().anyMatch(t -> t.name().equals("[申请处理 自然人")
                || t.name().equals("（表名缺失）") || t.name().startsWith("[申请处理")), sections.get(0).toString());
        assertEquals("（无标题）", sections.get(1).name());
        OutlineSymbol review = sections.get(1).children().get(0);
        assertEquals("[行政复议和行政诉讼]", review.name());
        assertEquals("复议", review.children().get(0).name());
        everySelectionInsideItsRange(g.outline());
    }

    @Test
    void rangesCountUtf16UnitsAndCrlf() {
        String text = "# 三、收到和处理政府信息公开申请情况\n[申请处理] 总计\n𠀾本年新收 1\n𠀾 上年结转 2\n";
        for (String t : List.of(text, Marked.crlf(text))) {
            OutlineSymbol table = given(t).sections().get(0).children().get(0);
            assertEquals(Range.of(2, 0, 2, 8), table.children().get(0).range());
            assertEquals(Range.of(3, 0, 3, 2), table.children().get(1).selectionRange());
            assertEquals(Range.of(1, 0, 3, 9), table.range());
        }
    }

    private static void everySelectionInsideItsRange(List<OutlineSymbol> symbols) {
        for (OutlineSymbol s : symbols) {
            assertTrue(s.range().contains(s.selectionRange().start()) && s.range().contains(s.selectionRange().end()),
                    s.name());
            for (OutlineSymbol c : s.children()) {
                assertTrue(s.range().contains(c.range().start()) && s.range().contains(c.range().end()), c.name());
            }
            everySelectionInsideItsRange(s.children());
        }
    }
}
