package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** A table inside a Word table cell is not read, and the clerk is told where it is. */
class DocxNestedTablesTest {

    /** Where a cell was found: zero-based table, row and cell index, as DocxReader counts them. */
    private record Found(int table, int row, int column) {
        String where() {
            return SourcePosition.tableCell(table, row, column).where();
        }
    }

    /** The report with a change made to the first cell that holds exactly {@code text}, and where it is. */
    private static byte[] withCell(byte[] docx, String text, Consumer<XWPFTableCell> change, Found[] found) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<XWPFTable> tables = doc.getTables();
            for (int t = 0; t < tables.size() && found[0] == null; t++) {
                for (int r = 0; r < tables.get(t).getRows().size() && found[0] == null; r++) {
                    List<XWPFTableCell> cells = tables.get(t).getRow(r).getTableCells();
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).getText().equals(text)) {
                            change.accept(cells.get(c));
                            found[0] = new Found(t, r, c);
                            break;
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Nests a table of the given rows (cell texts) into a cell, after the cell's own paragraph. */
    private static Consumer<XWPFTableCell> nest(String[][] rows) {
        return cell -> {
            XWPFTable nested = new XWPFTable(cell.getCTTc().addNewTbl(), cell, rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    nested.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            cell.getCTTc().addNewP(); // Word ends every cell with a paragraph
        };
    }

    @Test
    void aNestedTableIsAnErrorAtItsCellAndTheCellKeepsItsOwnText() throws IOException {
        byte[] plain = SampleReports.baishi2021().docx();
        Found[] found = new Found[1];
        byte[] nested = withCell(plain, "36", nest(new String[][] {{"其中网上办理", "30"}, {"现场办理", "6"}}), found);
        assertEquals(0, found[0].table(), "the cell is in the table of section 二");

        ImportResult before = Importer.importBytes("baishi.docx", plain);
        ImportResult after = Importer.importBytes("baishi.docx", nested);
        // The cell's own text (36) is imported as before, and nothing of the nested table is.
        assertEquals(before.nianbaoText(), after.nianbaoText());
        List<ImportProblem> problems = after.problems().stream().filter(p -> !before.problems().contains(p)).toList();
        assertEquals(1, problems.size(), problems::toString);
        ImportProblem p = problems.get(0);
        assertEquals(ImportProblem.Severity.ERROR, p.severity());
        assertEquals(ProblemId.NESTED_TABLE_LOST, p.kind());
        assertEquals(found[0].where(), p.at().where());
        assertTrue(p.message().contains("嵌套的表格（2行，开头是「其中网上办理 30 现场办理 6」）没有导入"), p.message());
    }

    @Test
    void theReaderListsEachNestedTableAndAnEmptyOneOnlyForTheRecord() throws IOException {
        byte[] plain = SampleReports.baishi2021().docx();
        Found[] full = new Found[1];
        Found[] empty = new Found[1];
        String longText = "说明：本项包括行政许可、行政确认、行政给付等各类依申请办理的事项";
        byte[] docx = withCell(withCell(plain, "行政许可", nest(new String[][] {{longText}}), full),
                "行政处罚", nest(new String[][] {{""}}), empty);
        List<ImportProblem> problems = new java.util.ArrayList<>();
        SourceDocument doc = DocxReader.read(docx, problems);

        assertEquals(2, problems.size(), problems::toString);
        assertEquals(full[0].where(), problems.get(0).at().where());
        assertEquals(ImportProblem.Severity.ERROR, problems.get(0).severity());
        // A long nested text is cut, by code points, with an ellipsis.
        assertTrue(problems.get(0).message().contains("开头是「" + longText.substring(0, 30) + "…」"), problems.get(0).message());
        assertEquals(empty[0].where(), problems.get(1).at().where());
        assertEquals(ImportProblem.Severity.NOTE, problems.get(1).severity());
        assertEquals(ProblemId.NESTED_TABLE_EMPTY, problems.get(1).kind());
        // Both outer cells read as before.
        SourceDocument.Table table = (SourceDocument.Table) doc.blocks().stream()
                .filter(b -> b instanceof SourceDocument.Table).findFirst().orElseThrow();
        assertEquals("行政许可", table.rows().get(full[0].row()).get(full[0].column()).text());
        assertEquals("行政处罚", table.rows().get(empty[0].row()).get(empty[0].column()).text());
    }
}
