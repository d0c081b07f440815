package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The old binary Word reader (.doc, .wps). The fixtures under {@code src/test/resources/doc/}
 * are Word 97 files written by LibreOffice 7.4 from the {@code .html} / {@code .fodt} beside
 * them ({@code soffice --headless --convert-to 'doc:MS Word 97'}): Word's own merge records,
 * list tables and outline levels, as HWPF reads them from any Word 97 writer.
 */
class DocReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/doc");
    private static final Path REAL = Path.of("src/test/resources/real");

    @Test
    void paragraphsLineBreaksHeadingsMergedCellsAndANestedTable() throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        SourceDocument doc = DocReader.read("word-features.doc", Files.readAllBytes(FIXTURES.resolve("word-features.doc")), problems);
        List<Line> lines = doc.blocks().stream().filter(Line.class::isInstance).map(Line.class::cast).toList();
        assertEquals(List.of("青石镇2021年政府信息公开工作年度报告", "1.总体情况", "本年度我镇扎实推进政务公开。", "第二行在手动换行之后。",
                "主动公开政府信息情况", "表后文字。"), lines.stream().map(Line::text).toList());
        // A manual line break splits a paragraph; both lines keep the paragraph's position.
        assertEquals("第3段", lines.get(3).at().where());
        assertTrue(lines.get(4).heading(), "an <h2> is Word's Heading 2");
        assertFalse(lines.get(2).heading());

        Table table = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        List<Cell> header = table.rows().get(0);
        assertEquals("信息内容", header.get(0).text());
        assertEquals(2, header.get(0).rowSpan(), "merged down over two rows");
        assertEquals("本年新\n制作数量", header.get(1).text(), "a line break inside a cell");
        assertEquals(2, header.get(1).colSpan(), "as wide as the two cells below it");
        assertTrue(table.rows().get(1).get(0).continued(), "the merged-down cell's placeholder");
        assertEquals(List.of("甲", "乙"), table.rows().get(1).subList(1, 3).stream().map(Cell::text).toList());
        assertEquals(List.of("规章", "1", "2"), table.rows().get(2).stream().map(Cell::text).toList(),
                "the nested table's cells are not mixed into the outer cells");

        assertEquals(1, problems.size(), problems::toString);
        ImportProblem nested = problems.get(0);
        assertEquals(ProblemId.NESTED_TABLE_LOST, nested.kind());
        assertEquals("第1个表格第3行第3列", nested.at().where());
        assertTrue(nested.message().contains("嵌套 9"), nested.message());
    }

    @Test
    void automaticNumberingInChineseAndOutlineLevelsComeBack() throws IOException {
        SourceDocument doc = DocReader.read("numbering.doc", Files.readAllBytes(FIXTURES.resolve("numbering.doc")), new ArrayList<>());
        List<Line> lines = doc.blocks().stream().map(Line.class::cast).toList();
        assertEquals(List.of("青石镇2021年政府信息公开工作年度报告", "一、总体情况", "（一）强化机制管理", "（二）加强监督保障", "二、主动公开政府信息情况",
                "收到和处理政府信息公开申请情况"), lines.stream().map(Line::text).toList());
        assertTrue(lines.get(5).heading(), "outline level 1");
        assertFalse(lines.get(1).heading());
    }

    @Test
    void aWpsFileInWordFormatImportsLikeTheDoc() throws IOException {
        byte[] bytes = Files.readAllBytes(REAL.resolve("45-pingtan-shehuishiye-2025.doc"));
        ImportResult doc = Importer.importBytes("report.doc", bytes);
        ImportResult wps = Importer.importBytes("report.wps", bytes);
        assertNotEquals("", doc.nianbaoText());
        assertEquals(doc.nianbaoText().replace("report.doc", "report.wps"), wps.nianbaoText());
        assertFalse(wps.tableLost(), wps.problems()::toString);
    }

    @Test
    void aDocxUnderAnOldNameIsReadAsDocx() throws IOException {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("青石镇2021年政府信息公开工作年度报告");
            d.createParagraph().createRun().setText("一、总体情况");
            d.createParagraph().createRun().setText("本年度我镇扎实推进政务公开。");
            d.write(out);
            docx = out.toByteArray();
        }
        ImportResult r = Importer.importBytes("qingshi.doc", docx);
        assertTrue(r.nianbaoText().contains("本年度我镇扎实推进政务公开。"), r.nianbaoText());
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.OLD_WORD_FILE), r.problems()::toString);
    }

    @Test
    void whatIsNotWord97IsRefusedWithAClearMessage() throws IOException {
        ImportResult rtf = Importer.importBytes("report.doc", "{\\rtf1\\ansi 青石镇}".getBytes(StandardCharsets.UTF_8));
        assertRefused(rtf, ProblemId.OLD_WORD_FILE, "RTF");
        byte[] xls;
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("表").createRow(0).createCell(0).setCellValue("总计");
            book.write(out);
            xls = out.toByteArray();
        }
        assertRefused(Importer.importBytes("report.wps", xls), ProblemId.OLD_WORD_FILE, "没有 Word 文档内容");
        assertRefused(Importer.importBytes("report.wps", "WPS 2000 文档".getBytes(StandardCharsets.UTF_8)), ProblemId.OLD_WORD_FILE,
                "不是 Word 97–2003 格式");
    }

    @Test
    void aCutDocIsAnErrorNeverAStackTrace() throws IOException {
        byte[] bytes = Files.readAllBytes(REAL.resolve("45-pingtan-shehuishiye-2025.doc"));
        for (int length : new int[] {512, 4096, bytes.length / 2}) {
            ImportResult r = Importer.importBytes("cut.doc", Arrays.copyOf(bytes, length));
            assertTrue(r.tableLost(), "cut at " + length);
            assertTrue(r.problems().stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR), r.problems()::toString);
            assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.INTERNAL_ERROR), r.problems()::toString);
        }
    }

    private static void assertRefused(ImportResult r, ProblemId kind, String said) {
        assertEquals("", r.nianbaoText());
        assertTrue(r.tableLost());
        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertEquals(kind, r.problems().get(0).kind());
        assertTrue(r.problems().get(0).message().contains(said), r.problems().get(0).message());
        assertTrue(r.problems().get(0).message().contains(".docx"), "says what to do");
    }
}
