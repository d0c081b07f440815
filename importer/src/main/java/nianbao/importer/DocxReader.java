package nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word 2007+ report: body paragraphs become lines (a manual line break splits one),
 * tables become grids. Word stores a cell merged across as one cell with {@code gridSpan}, and
 * a cell merged down as a {@code vMerge="restart"} cell followed by {@code vMerge} continuation
 * cells in the rows below: those become {@link Cell#continued} placeholders.
 */
final class DocxReader {

    static {
        QuietLogs.ensure();
    }

    private DocxReader() {
    }

    /** Reads a .docx; what it has to leave out (a table nested in a cell) is added to {@code problems}. */
    static SourceDocument read(byte[] bytes, List<ImportProblem> problems) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int paragraph = 0;
            int table = 0;
            WordNumbering numbering = new WordNumbering(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    boolean heading = isHeading(doc, p);
                    String text = numbering.ordinal(p) + p.getText();
                    for (String line : text.split("\r\n|\r|\n|\u000B")) {
                        if (!line.isBlank()) {
                            blocks.add(new Line(line.strip(), heading, SourcePosition.paragraph(paragraph)));
                        }
                    }
                    paragraph++;
                } else if (element instanceof XWPFTable t) {
                    blocks.add(table(t, table++, problems));
                } else if (element instanceof XWPFSDT sdt) {
                    // A content control (a cover-page block, a form field) holds plain text.
                    for (String line : sdt.getContent().getText().split("\r\n|\r|\n|\u000B")) {
                        if (!line.isBlank()) {
                            blocks.add(new Line(line.strip(), SourcePosition.paragraph(paragraph)));
                        }
                    }
                    paragraph++;
                }
            }
        }
        return new SourceDocument(blocks);
    }

    /**
     * Word's automatic numbering: the ordinals it draws (一、 （一） 1、) are not in the text,
     * so they are counted here, per list and level, and put back in front of the paragraph.
     */
    private static final class WordNumbering {
        private static final String DIGITS = "一二三四五六七八九";
        private final XWPFDocument doc;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        WordNumbering(XWPFDocument doc) {
            this.doc = doc;
        }

        String ordinal(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            String format = numId == null ? null : p.getNumFmt();
            String text = numId == null ? null : p.getNumLevelText();
            if (format == null || text == null || format.equals("bullet") || format.equals("none")) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            BigInteger list = doc.getNumbering() == null ? null : doc.getNumbering().getAbstractNumID(numId);
            int[] count = counters.computeIfAbsent(list != null ? list : numId, k -> new int[9]);
            count[level]++;
            for (int i = level + 1; i < count.length; i++) {
                count[i] = 0;
            }
            String out = text;
            for (int i = 0; i <= level; i++) {
                out = out.replace("%" + (i + 1), number(Math.max(1, count[i]), format));
            }
            return out;
        }

        private static String number(int n, String format) {
            if (!format.startsWith("chinese") && !format.startsWith("ideograph") && !format.startsWith("taiwanese")) {
                return String.valueOf(n);
            }
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n - 1));
            }
            String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
            return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
        }
    }

    /** A paragraph in a heading style (Heading 1, 标题 1) or with an outline level. */
    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetOutlineLvl()) {
            return true;
        }
        String styleId = p.getStyleID();
        if (styleId == null) {
            return false;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        String name = style != null && style.getName() != null ? style.getName() : styleId;
        return name.toLowerCase(java.util.Locale.ROOT).matches("(heading|标题)\\s*[1-9]") || styleId.matches("[1-9]");
    }

    private static Table table(XWPFTable table, int index, List<ImportProblem> problems) {
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Integer>> gridColumns = new ArrayList<>();
        List<XWPFTableRow> tableRows = table.getRows();
        for (int r = 0; r < tableRows.size(); r++) {
            List<Cell> row = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            int gridColumn = 0;
            List<XWPFTableCell> cells = tableRows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = cells.get(c);
                CTTcPr pr = cell.getCTTc().getTcPr();
                int colSpan = pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                CTVMerge merge = pr != null && pr.isSetVMerge() ? pr.getVMerge() : null;
                boolean continued = merge != null && (!merge.isSetVal() || merge.getVal() == STMerge.CONTINUE);
                SourcePosition at = SourcePosition.tableCell(index, r, c);
                row.add(new Cell(continued ? "" : text(cell), 1, colSpan, continued, at));
                for (XWPFTable nested : cell.getTables()) {
                    problems.add(nestedTable(nested, at));
                }
                columns.add(gridColumn);
                gridColumn += colSpan;
            }
            rows.add(row);
            gridColumns.add(columns);
        }
        return new Table(WordGrid.withRowSpans(rows, gridColumns), SourcePosition.tableCell(index, 0, 0));
    }

    /**
     * A table inside a cell is not read: the grid of its outer table has no place for it, and
     * guessing where its numbers belong could put them in the wrong row. The cell keeps its own
     * text; the clerk is told where the nested table is and how it starts, to copy it by hand.
     */
    private static ImportProblem nestedTable(XWPFTable nested, SourcePosition at) {
        List<String> texts = new ArrayList<>();
        for (XWPFTableRow row : nested.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = Labels.oneLine(text(cell));
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return WordGrid.nestedTable(nested.getNumberOfRows(), texts, at);
    }

    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            lines.add(p.getText());
        }
        return String.join("\n", lines).replace('\u00A0', ' ').strip();
    }
}
