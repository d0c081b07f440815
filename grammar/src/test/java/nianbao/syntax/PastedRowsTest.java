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
    @Test
    void aCellEmptyBetweenBarsIsAnEmptyWordOverTheSpaceBetweenThem() {
        ReportSyntax.Table t = table("[申请处理] | 自然人 | | 总计 | |\n| 本年新收 | 2 | | |3||\n| | |\n|1||3|\n");
        assertEquals(List.of("自然人", "总计"), texts(t.columns()), "an empty cell of the head names no column");
        assertEquals(2, t.rows().size(), "bars alone are no row");
        ReportSyntax.Row r = t.rows().get(0);
        assertEquals(List.of("2", "", "", "3", ""), texts(r.cells()));
        assertEquals(Range.of(2, 12, 2, 13), r.cells().get(1).range(), "the space between the bars");
        assertEquals(Range.of(2, 14, 2, 15), r.cells().get(2).range());
        assertEquals(Range.of(2, 18, 2, 18), r.cells().get(4).range(), "|| gives an empty range between them");
        assertEquals(List.of("", "3"), texts(t.rows().get(1).cells()));
    }

    @Test
    void aMergedCellBeforeTheLabelIsDroppedAndALabelInTwoCellsIsJoined() {
        ReportSyntax.Table t = table("[申请处理]\n| | 2.其他法律行政法规禁止公开 | | 0 |\n| | (三)不予公开 | 1.属于国家秘密 | 1 |\n"
                + "| 三、本年度办理结果 | (一)予以公开 | | 2 |\n");
        assertEquals("2.其他法律行政法规禁止公开", t.rows().get(0).label().text());
        assertEquals(List.of("", "0"), texts(t.rows().get(0).cells()));
        assertEquals("(三)不予公开 1.属于国家秘密", t.rows().get(1).label().text(), "the bar between the cells is no part of the name");
        assertEquals(Range.of(3, 4, 3, 22), t.rows().get(1).label().range(), "the range covers both cells");
        assertEquals(List.of("1"), texts(t.rows().get(1).cells()));
        assertEquals("三、本年度办理结果 (一)予以公开", t.rows().get(2).label().text());
        assertEquals(List.of("", "2"), texts(t.rows().get(2).cells()));
    }

    @Test
    void withoutBarsNoCellIsEmpty() {
        ReportSyntax.Table t = table("[申请处理]\n本年新收  2    3\n");
        assertEquals(List.of("2", "3"), texts(t.rows().get(0).cells()), "runs of spaces are one separator");
    }
    @Test
    void theHeaderRowOfAPastedMarkdownTableNamesTheColumnsAfterItsCorner() {
        ReportSyntax.Table t = table("[第二十条第（一）项]\n| 信息内容 | 本年制发件数 | 本年废止件数 |\n|---|---|---|\n| 规章 | 0 | 0 |\n");
        assertEquals(List.of("本年制发件数", "本年废止件数"), texts(t.columns()), "信息内容 is the corner");
        assertEquals(Range.of(2, 9, 2, 15), t.columns().get(0).range());
        assertEquals(List.of("规章"), t.rows().stream().map(r -> r.label().text()).toList());
        ReportSyntax.Table empty = table("[行政复议和行政诉讼]\n| | 结果维持 | | 总计 |\n| --- | --- | --- | --- |\n| 行政复议 | 0 | 0 |\n");
        assertEquals(List.of("结果维持", "总计"), texts(empty.columns()), "an empty corner; an empty cell names no column");
        assertEquals(1, empty.rows().size());
    }

    @Test
    void aRowIsAHeaderOnlyWhenItIsTheFirstAndTheHeadNamesNoColumns() {
        ReportSyntax.Table named = table("[申请处理] | 自然人 | 总计 |\n| 本年新收 | 1 | 1 |\n|---|---|\n");
        assertEquals(List.of("自然人", "总计"), texts(named.columns()));
        assertEquals(1, named.rows().size(), "the head line named the columns: the row above the ruler stays a row");
        ReportSyntax.Table second = table("[申请处理]\n| 本年新收 | 1 | 1 |\n| 上年结转 | 0 | 0 |\n|---|---|\n");
        assertEquals(List.of(), texts(second.columns()));
        assertEquals(2, second.rows().size(), "a ruler after the second row takes no row as a header");
        ReportSyntax.Table noRuler = table("[申请处理]\n| 项目 | 自然人 | 总计 |\n| 本年新收 | 1 | 1 |\n");
        assertEquals(List.of(), texts(noRuler.columns()));
        assertEquals("项目", noRuler.rows().get(0).label().text(), "without a ruler the first row is a row");
    }
    @Test
    void aNoteUnderATableEndsItAndIsProseWithTheLinesAfterIt() {
        ReportSyntax s = ReportSyntaxParser.parse("# 二\n[表] a b\n规章 0 0\n注：本表“——”表示无此项，\n数据截至12月31日。\n\n正文\n");
        List<ReportSyntax.Block> blocks = s.sections().get(0).blocks();
        assertEquals(4, blocks.size());
        assertEquals(1, ((ReportSyntax.Table) blocks.get(0)).rows().size());
        assertEquals("注：本表“——”表示无此项，", ((ReportSyntax.ProseLine) blocks.get(1)).text().text());
        assertEquals(Range.of(3, 0, 3, 14), blocks.get(1).range());
        assertEquals("数据截至12月31日。", ((ReportSyntax.ProseLine) blocks.get(2)).text().text(), "the note's next line is no row");
        assertEquals("正文", ((ReportSyntax.ProseLine) blocks.get(3)).text().text());
        for (String line : new String[] {"备注: 无", "注:无", "注： 本表"}) {
            List<ReportSyntax.Block> b = ReportSyntaxParser.parse("# 二\n[表]\n" + line + "\n").sections().get(0).blocks();
            assertEquals(line, ((ReportSyntax.ProseLine) b.get(1)).text().text());
        }
        ReportSyntax.Table t = table("[申请处理]\n注意事项 0 0\n注 0 0\n注：\n");
        assertEquals(List.of("注意事项", "注"), t.rows().stream().map(r -> r.label().text()).toList(),
                "a label that only starts with 注 is a row; 注： alone is a note");
    }
}
