package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportSyntaxParserTest {

    private static ReportSyntax parse(String... lines) {
        return ReportSyntaxParser.parse(String.join("\n", lines) + "\n");
    }

    private static ReportSyntax.Table table(ReportSyntax.Section s, int index) {
        return (ReportSyntax.Table) s.blocks().stream().filter(ReportSyntax.Table.class::isInstance).toList().get(index);
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void headerFieldsTakeFullAndHalfWidthColons() {
        ReportSyntax s = parse("标题：光华镇2021年报告", "年度: 2021", "模板 ：national-2021");
        assertEquals(List.of("标题", "年度", "模板"), s.header().stream().map(f -> f.key().text()).toList());
        assertEquals(List.of("光华镇2021年报告", "2021", "national-2021"), s.header().stream().map(f -> f.value().text()).toList());
        ReportSyntax.HeaderField year = s.header().get(1);
        assertEquals(Range.of(1, 0, 1, 2), year.key().range());
        assertEquals(Range.of(1, 4, 1, 8), year.value().range());
        assertEquals(Range.of(1, 0, 1, 8), year.range());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void headingsOpenSectionsAndDoubleHashesAreSubHeadings() {
        ReportSyntax s = parse("# 一、总体情况", "段落", "## （一）强化机制管理", "### 更深", "#二、主动公开");
        assertEquals(2, s.sections().size());
        ReportSyntax.Section first = s.sections().get(0);
        assertEquals("一、总体情况", first.heading().text());
        assertEquals(Range.of(0, 2, 0, 8), first.heading().range());
        assertEquals(Range.of(0, 0, 0, 8), first.headingRange());
        assertEquals(Range.of(0, 0, 3, 6), first.range());
        ReportSyntax.SubHeading sub = (ReportSyntax.SubHeading) first.blocks().get(1);
        assertEquals(2, sub.level());
        assertEquals("（一）强化机制管理", sub.text().text());
        assertEquals(3, ((ReportSyntax.SubHeading) first.blocks().get(2)).level());
        assertEquals("二、主动公开", s.sections().get(1).heading().text());
    }

    @Test
    void proseIsKeptAsWrittenWithQuotesAndUrls() {
        String line = "紧紧围绕“依法、便民、高效”的要求，详见 http://www.example.gov.cn/xxgk 。";
        ReportSyntax s = parse("# 一、总体情况", "  " + line + "  ", "/ 单独的斜杠也是正文");
        List<ReportSyntax.Block> blocks = s.sections().get(0).blocks();
        ReportSyntax.ProseLine prose = (ReportSyntax.ProseLine) blocks.get(0);
        assertEquals(line, prose.text().text());
        assertEquals(Range.of(1, 2, 1, 2 + line.length()), prose.range());
        assertEquals("/ 单独的斜杠也是正文", ((ReportSyntax.ProseLine) blocks.get(1)).text().text());
        assertTrue(s.comments().isEmpty());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void commentsAreWholeLinesOrEndRowsAndAreNotContent() {
        ReportSyntax s = parse("// 文件开头的注释", "# 一、总体情况", "// 章节里的注释", "正文",
                "[申请处理] 自然人 // 表头后的注释", "本年新收 1 // 行尾注释");
        assertEquals(List.of("// 文件开头的注释", "// 章节里的注释", "// 表头后的注释", "// 行尾注释"), texts(s.comments()));
        assertEquals(Range.of(5, 7, 5, 14), s.comments().get(3).range());
        ReportSyntax.Table t = table(s.sections().get(0), 0);
        assertEquals(List.of("自然人"), texts(t.columns()));
        assertEquals(List.of("1"), texts(t.rows().get(0).cells()));
        assertTrue(s.header().isEmpty());
        assertTrue(s.preamble().isEmpty());
    }

    @Test
    void aTableEndsAtABlankLineAHeadingOrTheNextHead() {
        ReportSyntax s = parse("# 二、主动公开", "[甲] 列1", "行一 1", "", "不是行的正文", "[乙]", "行二 2", "[丙]", "行三 3",
                "## 小标题", "小标题后的正文");
        List<ReportSyntax.Block> blocks = s.sections().get(0).blocks();
        assertEquals(6, blocks.size());
        ReportSyntax.Table a = (ReportSyntax.Table) blocks.get(0);
        assertEquals("甲", a.name().text());
        assertEquals(Range.of(1, 0, 2, 4), a.range());
        assertEquals(Range.of(1, 0, 1, 6), a.headRange());
        assertEquals("不是行的正文", ((ReportSyntax.ProseLine) blocks.get(1)).text().text());
        assertEquals(List.of("行二"), ((ReportSyntax.Table) blocks.get(2)).rows().stream().map(r -> r.label().text()).toList());
        assertEquals(List.of("行三"), ((ReportSyntax.Table) blocks.get(3)).rows().stream().map(r -> r.label().text()).toList());
        assertTrue(blocks.get(4) instanceof ReportSyntax.SubHeading);
        assertTrue(blocks.get(5) instanceof ReportSyntax.ProseLine);
    }

    @Test
    void aSectionHeadingClosesATable() {
        ReportSyntax s = parse("# 三、申请", "[申请处理]", "本年新收 1", "# 四、复议", "复议后起诉 1");
        assertEquals(1, table(s.sections().get(0), 0).rows().size());
        assertTrue(s.sections().get(1).blocks().get(0) instanceof ReportSyntax.ProseLine);
    }

    @Test
    void fullWidthBracketsTabsAndFullWidthSpacesSeparateCells() {
        ReportSyntax s = parse("# 三", "【申请处理】\t自然人\u3000总计", "本年新收\t3\u3000\u30004", "上年结转\u00A0-\t \t0");
        ReportSyntax.Table t = table(s.sections().get(0), 0);
        assertEquals("申请处理", t.name().text());
        assertEquals(Range.of(1, 1, 1, 5), t.name().range());
        assertEquals(List.of("自然人", "总计"), texts(t.columns()));
        assertEquals(List.of("3", "4"), texts(t.rows().get(0).cells()));
        assertEquals(Range.of(2, 5, 2, 6), t.rows().get(0).cells().get(0).range());
        assertEquals(Range.of(2, 8, 2, 9), t.rows().get(0).cells().get(1).range());
        assertEquals(List.of("-", "0"), texts(t.rows().get(1).cells()));
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void crlfAndCrLineEndsGiveTheSameLinesAsLf() {
        String lf = "标题：甲\n\n# 一、总体情况\n正文\n[申请处理] 总计\n本年新收 4\n\n# 六\n无\n";
        for (String eol : List.of("\r\n", "\r")) {
            ReportSyntax s = ReportSyntaxParser.parse(lf.replace("\n", eol));
            ReportSyntax expected = ReportSyntaxParser.parse(lf);
            assertEquals(expected.header(), s.header(), eol.replace("\r", "CR"));
            assertEquals(expected.sections(), s.sections());
            assertTrue(s.problems().isEmpty());
            assertEquals("4", table(s.sections().get(0), 0).rows().get(0).cells().get(0).text());
            assertEquals(Range.of(5, 5, 5, 6), table(s.sections().get(0), 0).rows().get(0).cells().get(0).range());
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() {
        ReportSyntax s = ReportSyntaxParser.parse("\uFEFF标题：光华镇\n# 一、总体情况\n无\n");
        assertEquals("标题", s.header().get(0).key().text());
        assertEquals(Range.of(0, 0, 0, 2), s.header().get(0).key().range());
        assertEquals(Range.of(0, 3, 0, 6), s.header().get(0).value().range());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void rangesCountUtf16CodeUnitsOutsideTheBasicPlane() {
        // 𠀾 (U+2003E) is one code point and two UTF-16 code units.
        ReportSyntax s = parse("# 三、𠀾村", "[申请处理] 自然人 总计", "𠀾村新收 3 3", "𠀾𠀾 12", "正文𠀾 http://x");
        ReportSyntax.Section sec = s.sections().get(0);
        assertEquals(Range.of(0, 2, 0, 7), sec.heading().range());
        ReportSyntax.Row row = table(sec, 0).rows().get(0);
        assertEquals(Range.of(2, 0, 2, 5), row.label().range());
        assertEquals(Range.of(2, 6, 2, 7), row.cells().get(0).range());
        assertEquals(Range.of(2, 8, 2, 9), row.cells().get(1).range());
        assertEquals(Range.of(2, 0, 2, 9), row.range());
        ReportSyntax.Row second = table(sec, 0).rows().get(1);
        assertEquals(Range.of(3, 5, 3, 7), second.cells().get(0).range());
        assertEquals("12", s.source().slice(second.cells().get(0).range()));
    }

    @Test
    void aTableHeadWithoutClosingBracketIsReportedAndStillReadAsAHead() {
        ReportSyntax s = parse("# 三、申请", "[申请处理  自然人  总计", "本年新收 3 3");
        assertEquals(1, s.problems().size());
        SyntaxProblem p = s.problems().get(0);
        assertEquals(Range.of(1, 14, 1, 14), p.range());
        assertTrue(p.message().contains("缺少“]”"), p.message());
        ReportSyntax.Table t = table(s.sections().get(0), 0);
        assertEquals("申请处理", t.name().text());
        assertEquals(Range.of(1, 1, 1, 5), t.name().range());
        assertEquals(List.of("自然人", "总计"), texts(t.columns()));
        assertEquals(Range.of(1, 0, 1, 14), t.headRange());
        assertEquals(List.of("3", "3"), texts(t.rows().get(0).cells()));
    }

    @Test
    void aHeadingMarkAloneIsReportedAndGivesAnEmptyHeading() {
        ReportSyntax s = parse("# 一、总体情况", "正文", "#", "# 二、主动公开", "正文二");
        assertEquals(1, s.problems().size());
        assertEquals(Range.of(2, 1, 2, 1), s.problems().get(0).range());
        assertTrue(s.problems().get(0).message().contains("缺少标题文字"), s.problems().get(0).message());
        assertEquals(3, s.sections().size());
        ReportSyntax.Section empty = s.sections().get(1);
        assertEquals("", empty.heading().text());
        assertEquals(Range.of(2, 0, 2, 1), empty.headingRange());
        assertEquals("二、主动公开", s.sections().get(2).heading().text());
    }

    @Test
    void everyErrorOfAFileIsReportedAndLaterLinesAreStillParsed() {
        ReportSyntax s = parse("标题：甲", "# 一、总体情况", "#", "[申请处理", "本年新收 1", "", "#", "# 三、申请",
                "[申请处理] 总计", "本年新收 4", "", "# 六、其他", "无");
        assertEquals(List.of(2, 3, 6), s.problems().stream().map(p -> p.range().start().line()).toList());
        assertEquals(List.of("一、总体情况", "", "", "三、申请", "六、其他"),
                s.sections().stream().map(x -> x.heading().text()).toList());
        assertEquals("4", table(s.sections().get(3), 0).rows().get(0).cells().get(0).text());
        assertEquals("无", ((ReportSyntax.ProseLine) s.sections().get(4).blocks().get(0)).text().text());
    }

    @Test
    void aTableHeadWithNothingInTheBracketsHasNoName() {
        ReportSyntax s = parse("# 三", "[] 总计", "本年新收 1");
        ReportSyntax.Table t = table(s.sections().get(0), 0);
        assertNull(t.name());
        assertEquals(1, t.rows().size());
    }

    @Test
    void proseBeforeTheFirstHeadingWithoutAColonIsPreamble() {
        ReportSyntax s = parse("标题：甲", "这一行没有冒号", "[申请处理]", "本年新收 1", "", "# 一");
        assertEquals(1, s.header().size());
        assertEquals(2, s.preamble().size());
        assertTrue(s.preamble().get(0) instanceof ReportSyntax.ProseLine);
        assertTrue(s.preamble().get(1) instanceof ReportSyntax.Table);
    }

    /** Error recovery conjures the missing ']' with no place in the text; it must not reach a range. */
    @Test
    void aHeadWithoutClosingBracketInAFileWithCharactersOutsideTheBmpDoesNotThrow() {
        ReportSyntax s = parse("# 三、𠀾村", "[申请处理 总计", "𠀾村新收 4");
        ReportSyntax.Table t = table(s.sections().get(0), 0);
        assertEquals(Range.of(1, 0, 1, 8), t.headRange());
        assertEquals(List.of("总计"), texts(t.columns()));
        assertEquals(Range.of(2, 6, 2, 7), t.rows().get(0).cells().get(0).range());
        assertEquals(List.of(Range.of(1, 8, 1, 8)), s.problems().stream().map(SyntaxProblem::range).toList());
    }
}
