package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;
import org.junit.jupiter.api.Test;

/** What each reader makes of its format, before any mapping. */
class ReadersTest {

    @Test
    void extractedTextJoinsWrappedCellsAndKeepsBlankCells() {
        SourceDocument doc = TextReader.read("标题\n\n\t商业\n企业\n\t\u00A0\n\t\n0\n\n\t规章\n\n\n段落\n");
        assertEquals(List.of("标题"), doc.blocks().subList(0, 1).stream().map(b -> ((Line) b).text()).toList());
        Table table = (Table) doc.blocks().get(1);
        List<Cell> first = table.rows().get(0);
        assertEquals(List.of("商业\n企业", "\u00A0", "0"), first.stream().map(Cell::text).toList());
        assertTrue(first.get(1).isBlank());
        assertEquals("3:2", first.get(0).at().where());
        assertEquals(2, table.rows().size());
        assertEquals("段落", ((Line) doc.blocks().get(2)).text());
    }

    @Test
    void tabIndentedParagraphsAreText() {
        SourceDocument doc = TextReader.read("一、总体情况\n\t本年度，我镇扎实推进政务公开。\n\t全年主动公开信息326条。\n");
        assertEquals(3, doc.blocks().size());
        assertEquals("全年主动公开信息326条。", ((Line) doc.blocks().get(2)).text());
        assertEquals("3:2", doc.blocks().get(2).at().where());
    }

    @Test
    void headingRightUnderATableIsNotPartOfItsLastCell() {
        SourceDocument doc = TextReader.read("\t行政复议\n\t0\n五、存在的主要问题及改进情况\n");
        assertEquals(2, doc.blocks().size());
        assertEquals("0", ((Table) doc.blocks().get(0)).rows().get(0).get(1).text());
        assertEquals("五、存在的主要问题及改进情况", ((Line) doc.blocks().get(1)).text());
    }

    @Test
    void webPageResolvesRowAndColumnSpans() throws IOException {
        String html = "<html><body><p>前言<br>第二行</p><table><caption>表题</caption><thead><tr><th rowspan=\"2\">A</th>"
                + "<th colspan=\"2\">B</th></tr><tr><th>B1</th><th>B2</th></tr></thead>"
                + "<tbody><tr><td>x</td><td>&nbsp;</td><td>1</td></tr></tbody></table></body></html>";
        SourceDocument doc = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("前言", "第二行", "表题"),
                doc.blocks().subList(0, 3).stream().map(b -> ((Line) b).text()).toList());
        Table table = (Table) doc.blocks().get(3);
        assertEquals(3, table.rows().size());
        List<Cell> second = table.rows().get(1);
        assertTrue(second.get(0).continued(), "A is merged down into the second row");
        assertEquals(List.of("", "B1", "B2"), second.stream().map(Cell::text).toList());
        assertEquals(2, table.rows().get(0).get(1).colSpan());
        assertTrue(table.rows().get(2).get(1).isBlank());
    }

    @Test
    void pageLaidOutInATableIsReadThroughItsCells() throws IOException {
        String html = "<table><tr><td><p>一、总体情况</p><p>本年度，我镇扎实推进政务公开。</p>"
                + "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr></table></td></tr></table>";
        SourceDocument doc = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, doc.blocks().size());
        assertEquals("本年度，我镇扎实推进政务公开。", ((Line) doc.blocks().get(1)).text());
        assertEquals("本年处理决定数量", ((Table) doc.blocks().get(2)).rows().get(0).get(1).text());
    }

    @Test
    void wordTableKeepsItsMergedCells() throws IOException {
        PublishedReport report = new PublishedReport("标题").table(SampleReports.review(
                "1", "0", "0", "0", "1", "", "", "", "", "0", "", "", "", "", "0"));
        Table table = (Table) DocxReader.read(report.docx(), new java.util.ArrayList<>()).blocks().get(1);
        List<Cell> first = table.rows().get(0);
        assertEquals(List.of("行政复议", "行政诉讼"), first.stream().map(Cell::text).toList());
        assertEquals(List.of(5, 10), first.stream().map(Cell::colSpan).toList());
        Cell upheld = table.rows().get(1).get(0);
        assertEquals("结果\n维持", upheld.text());
        assertEquals(2, upheld.rowSpan());
        List<Cell> third = table.rows().get(2);
        assertEquals(15, third.size());
        assertTrue(third.subList(0, 5).stream().allMatch(Cell::continued));
        assertEquals("第1个表格第4行第15列", table.rows().get(3).get(14).at().where());
    }

    @Test
    void webPagePositionsAreLinesAndColumns() throws IOException {
        String html = "<html><body>\n<p>前言</p>\n<table>\n<tr><td>规章</td>\n  <td>十二</td></tr></table></body></html>";
        SourceDocument doc = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8));
        assertEquals("2:4", doc.blocks().get(0).at().where()); // where the text starts
        Table table = (Table) doc.blocks().get(1);
        assertEquals("4:5", table.rows().get(0).get(0).at().where());
        assertEquals("5:3", table.rows().get(0).get(1).at().where());
    }

    @Test
    void gbkTextReadsLikeUtf8() throws IOException {
        Path seed = Path.of("src/test/resources/guanghua-2021.txt");
        String text = Files.readString(seed);
        ImportResult utf8 = Importer.importBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));
        ImportResult gbk = Importer.importBytes("a.txt", text.getBytes(Charset.forName("GB18030")));
        assertEquals(utf8.nianbaoText(), gbk.nianbaoText());
        assertTrue(gbk.problems().stream().anyMatch(p -> p.kind() == ProblemId.ENCODING_GBK));
    }
}
