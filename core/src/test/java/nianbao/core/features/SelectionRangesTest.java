package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.syntax.Range;
import org.junit.jupiter.api.Test;

class SelectionRangesTest {

    private static final String NEW_ROW = Marked.exampleLine("本年新收");

    private static List<String> texts(Marked m) {
        return SelectionRanges.at(m.analysis(), m.caret()).stream()
                .map(r -> new nianbao.syntax.SourceText(m.text()).slice(r)).toList();
    }

    @Test
    void aCellGrowsToItsRowItsTableItsSectionAndTheDocument() {
        int at = NEW_ROW.lastIndexOf('0');
        Marked m = Marked.of(Marked.example(NEW_ROW, NEW_ROW.substring(0, at) + "|" + NEW_ROW.substring(at)));
        List<String> texts = texts(m);
        assertEquals("0", texts.get(0));
        assertEquals(NEW_ROW.stripTrailing(), texts.get(1).stripTrailing());
        assertTrue(texts.get(2).startsWith("[申请处理]"), texts.get(2));
        assertTrue(texts.get(2).contains(NEW_ROW), texts.get(2));
        assertTrue(texts.get(3).startsWith("# 三、"), texts.get(3));
        assertFalse(texts.get(3).contains("# 四、"), texts.get(3));
        assertEquals(m.text(), texts.get(texts.size() - 1));
        assertEquals(5, texts.size(), texts::toString);
    }

    @Test
    void eachRangeHoldsTheOneBefore() {
        for (String marked : List.of(Marked.example("机关：光华", "机关：光|华"), Marked.example("[申请处理]", "[申请|处理]"),
                Marked.example("# 一、总体情况", "# 一、总|体情况"), "标题：x\n\n\n|\n", "|", "# 一、\n[表  甲\n  1 |2 \n")) {
            Marked m = Marked.of(marked);
            List<Range> chain = SelectionRanges.at(m.analysis(), m.caret());
            assertFalse(chain.isEmpty(), marked);
            assertTrue(chain.get(0).contains(m.caret()), marked);
            for (int i = 1; i < chain.size(); i++) {
                Range inner = chain.get(i - 1);
                Range outer = chain.get(i);
                assertTrue(outer.start().compareTo(inner.start()) <= 0 && inner.end().compareTo(outer.end()) <= 0
                        && !outer.equals(inner), chain.toString());
            }
        }
    }

    @Test
    void aHeaderValueGrowsToItsFieldAndTheHeader() {
        List<String> texts = texts(Marked.of(Marked.example("机关：光华", "机关：光|华")));
        assertEquals("光华镇人民政府", texts.get(0));
        assertEquals("机关：光华镇人民政府", texts.get(1));
        assertTrue(texts.get(2).startsWith("标题：") && texts.get(2).endsWith("模板：national-2021"), texts.get(2));
    }
}
