package nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an old binary Word report (.doc, Word 97–2003) and a WPS Writer .wps file, which WPS
 * writes in the same format, with Apache POI's HWPF: body paragraphs become lines (a manual line
 * break splits one; ordinals of Word's automatic numbering are put back; heading styles and
 * outline levels mark headings), tables become grids. The grid columns of a table are the cell
 * edges of all its rows, so a cell as wide as two narrower cells below it spans two columns; a
 * cell merged down is a first cell followed by continuation cells, which become
 * {@link Cell#continued} placeholders. A file in another format (Word 6/95, an old WPS format,
 * a .docx saved under this name) is read as what it is, or refused with a clear message.
 */
final class DocReader {

    /** Cell edges closer than this (twips, 1/20 pt) are one grid line: rows are drawn by hand. */
    private static final int EDGE_TOLERANCE = 30;
    private static final int BODY_TEXT_LEVEL = 9;

    static {
        QuietLogs.ensure();
    }

    private DocReader() {
    }

    /**
     * Reads a .doc or .wps; returns null (with a problem) for a file that is not Word 97–2003,
     * and adds what it leaves out (a table nested in a cell) to {@code problems}.
     */
    static SourceDocument read(String fileName, byte[] bytes, List<ImportProblem> problems) throws IOException {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML) {
            // A Word 2007+ file under an old name (WPS saves .docx content as .doc on request).
            return DocxReader.read(bytes, problems);
        }
        if (magic != FileMagic.OLE2) {
            return refuse(problems, fileName, magic == FileMagic.RTF ? "它实际上是 RTF 文件" : "它不是 Word 97–2003 格式");
        }
        HWPFDocument doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (!fs.getRoot().hasEntry("WordDocument")) {
                return refuse(problems, fileName, "文件中没有 Word 文档内容（可能是旧版 WPS 或其他软件的格式）");
            }
            doc = new HWPFDocument(fs);
        } catch (OldWordFileFormatException e) {
            return refuse(problems, fileName, "它是 Word 6.0/95 格式");
        } catch (EncryptedDocumentException e) {
            return refuse(problems, fileName, "它有打开密码");
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.error(ProblemId.FILE_UNREADABLE, SourcePosition.FILE,
                    "无法读取「" + fileName + "」：文件已损坏，或不是有效的 Word 97–2003 文件"));
            return null;
        }
        try (doc) {
            return read(doc, problems);
        }
    }

    private static SourceDocument refuse(List<ImportProblem> problems, String fileName, String why) {
        problems.add(ImportProblem.error(ProblemId.OLD_WORD_FILE, SourcePosition.FILE, "无法读取「" + fileName + "」："
                + why + "。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入"));
        return null;
    }

    private static SourceDocument read(HWPFDocument doc, List<ImportProblem> problems) {
        List<Block> blocks = new ArrayList<>();
        Range range = doc.getRange();
        DocNumbering numbering = new DocNumbering();
        int paragraph = 0;
        int table = 0;
        for (int i = 0; i < range.numParagraphs(); ) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                blocks.add(table(t, table++, problems));
                int end = t.getEndOffset();
                do {
                    i++;
                } while (i < range.numParagraphs() && range.getParagraph(i).getStartOffset() < end);
                continue;
            }
            boolean heading = isHeading(doc, p);
            String text = numbering.ordinal(p) + clean(p.text());
            for (String line : text.split("\r\n|\r|\n|\u000B|\f")) {
                if (!line.isBlank()) {
                    blocks.add(new Line(line.strip(), heading, SourcePosition.paragraph(paragraph)));
                }
            }
            paragraph++;
            i++;
        }
        return new SourceDocument(blocks);
    }

    /** Field codes out (their results kept), Word's control marks out, no-break spaces made spaces. */
    private static String clean(String text) {
        String out = Range.stripFields(text);
        StringBuilder b = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\u00A0') {
                b.append(' ');
            } else if (c >= ' ' || c == '\r' || c == '\n' || c == '\u000B' || c == '\f' || c == '\t') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A paragraph with an outline level, or in a heading style (Heading 1, 标题 1). */
    private static boolean isHeading(HWPFDocument doc, Paragraph p) {
        if (p.getLvl() >= 0 && p.getLvl() < BODY_TEXT_LEVEL) {
            return true;
        }
        StyleDescription style = doc.getStyleSheet() == null ? null : doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = style == null ? null : style.getName();
        return name != null && name.toLowerCase(Locale.ROOT).matches("(heading|标题)\\s*[1-9]");
    }

    private static Table table(org.apache.poi.hwpf.usermodel.Table table, int index, List<ImportProblem> problems) {
        int level = table.getTableLevel();
        List<Integer> edges = edges(table);
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Integer>> gridColumns = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tableRow = table.getRow(r);
            List<Cell> row = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < tableRow.numCells(); c++) {
                TableCell cell = tableRow.getCell(c);
                int start = column(edges, cell.getLeftEdge());
                int end = Math.max(start + 1, column(edges, cell.getLeftEdge() + cell.getWidth()));
                if (cell.isMerged() && !cell.isFirstMerged() && !row.isEmpty()) {
                    // Word 97's own horizontal merge: this cell widens the one before it.
                    Cell before = row.remove(row.size() - 1);
                    row.add(new Cell(before.text(), 1, end - columns.get(columns.size() - 1), before.continued(), before.at()));
                    continue;
                }
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                SourcePosition at = SourcePosition.tableCell(index, r, c);
                row.add(new Cell(continued ? "" : text(cell, level, new int[] {index, r, c}, problems), 1, end - start, continued, at));
                columns.add(start);
            }
            rows.add(row);
            gridColumns.add(columns);
        }
        return new Table(WordGrid.withRowSpans(rows, gridColumns), SourcePosition.tableCell(index, 0, 0));
    }

    /** The grid lines of a table: every cell's left and right edge, near ones taken as one. */
    private static List<Integer> edges(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
                all.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int edge : all) {
            if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /** The grid line nearest to a cell edge. */
    private static int column(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The cell's own paragraphs, lines joined by '\n'. The paragraphs of a table nested in it
     * (a deeper table level) are left out and reported, as for a .docx. HWPF counts a nested
     * table that opens the next cell into this one, after this cell's end mark: it is reported
     * at the next cell.
     */
    private static String text(TableCell cell, int level, int[] where, List<ImportProblem> problems) {
        List<String> lines = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        int nestedRows = 0;
        boolean ended = false;
        for (int i = 0; i < cell.numParagraphs(); i++) {
            Paragraph p = cell.getParagraph(i);
            String raw = p.text();
            String text = clean(raw).replace('\u000B', '\n').strip();
            if (p.getTableLevel() <= level && raw.endsWith("\u0007")) {
                ended = true;
            }
            if (p.getTableLevel() > level) {
                if (p.isTableRowEnd()) {
                    nestedRows++;
                } else if (!text.isEmpty()) {
                    nested.add(Labels.oneLine(text));
                }
            } else {
                lines.add(text);
            }
        }
        if (nestedRows > 0 || !nested.isEmpty()) {
            SourcePosition at = SourcePosition.tableCell(where[0], where[1], where[2] + (ended ? 1 : 0));
            problems.add(WordGrid.nestedTable(nestedRows, nested, at));
        }
        return String.join("\n", lines).strip();
    }
}
