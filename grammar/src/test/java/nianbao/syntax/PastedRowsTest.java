package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Table lines as real reports are pasted (core/src/test/resources/outsider/): bars, rulers, spaced ordinals. */
class PastedRowsTest {

    private static ReportSyntax.Table table(String lines) {
        ReportSyntax s = ReportSyntaxParser.parse("# 三、收到和处理政府信息公开申请情况\n" + lines);
        return (ReportSyntax.Table) s.sections().get(0).blocks().get(0);
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void barsSeparateCellsAndARulerIsNoRow() {
        ReportSyntax.Table t = table("[申请处理] | 自然人 | 总计 |\n|---|:---:|\n| 本年新收 | 217 | 218 |\n|规章|0|\n");
        assertEquals(List.of("自然人", "总计"), texts(t.columns()));
        assertEquals(2, t.rows().size());
        assertEquals("本年新收", t.rows().get(0).label().text());
        assertEquals(List.of("217", "218"), texts(t.rows().get(0).cells()));
        assertEquals(List.of("0"), texts(t.rows().get(1).cells()));
        assertEquals(Range.of(3, 2, 3, 6), t.rows().get(0).label().range());
    }

    @Test
    void aSpacedOrdinalAndASubRowAfterItsHeadingJoinTheLabel() {
        ReportSyntax.Table t = table("[申请处理]\n1. 属于国家秘密 0 0\n（三）不予公开 1.属于国家秘密 0\n1. 0 0\n本年新收 1.5 -\n"
                + "（三）不予公开 1. 属于国家秘密 0\n（六）其他处理 1. 0\n");
        assertEquals("1. 属于国家秘密", t.rows().get(0).label().text());
        assertEquals(List.of("0", "0"), texts(t.rows().get(0).cells()));
        assertEquals("（三）不予公开 1.属于国家秘密", t.rows().get(1).label().text());
        assertEquals("1.", t.rows().get(2).label().text());
        assertEquals("本年新收", t.rows().get(3).label().text());
        assertEquals(List.of("1.5", "-"), texts(t.rows().get(3).cells()));
        assertEquals("（三）不予公开 1. 属于国家秘密", t.rows().get(4).label().text());
        assertEquals("（六）其他处理", t.rows().get(5).label().text());
        assertEquals(List.of("1.", "0"), texts(t.rows().get(5).cells()));
    }
}
