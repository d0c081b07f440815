package nianbao.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A report as its author laid it out (title, headings, paragraphs, tables with merged cells),
 * published three ways: as a Word file, as a web page and as text extracted from the Word file.
 */
final class PublishedReport {

    /** A piece of the body. */
    sealed interface Part permits Paragraph, Grid {
    }

    record Paragraph(String text) implements Part {
    }

    /** A table cell where it starts: text ({@code \n} where Word wraps it), spans. "" is a blank cell. */
    record GridCell(String text, int rowSpan, int colSpan) {
    }

    /** A table given like HTML: each row lists the cells that start in it. */
    record Grid(List<List<GridCell>> rows) implements Part {
    }

    final String title;
    final List<Part> parts = new ArrayList<>();

    PublishedReport(String title) {
        this.title = title;
    }

    PublishedReport paragraph(String text) {
        parts.add(new Paragraph(text));
        return this;
    }

    /** The same report with every paragraph and cell text passed through a change (other spellings). */
    PublishedReport respelled(java.util.function.UnaryOperator<String> change) {
        PublishedReport out = new PublishedReport(title);
        for (Part part : parts) {
            if (part instanceof Paragraph p) {
                out.paragraph(change.apply(p.text()));
            } else if (part instanceof Grid g) {
                out.table(new Grid(g.rows().stream()
                        .map(r -> r.stream().map(c -> new GridCell(change.apply(c.text()), c.rowSpan(), c.colSpan())).toList())
                        .toList()));
            }
        }
        return out;
    }

    PublishedReport table(Grid grid) {
        parts.add(grid);
        return this;
    }

    // --------------------------------------------------------------- resolving

    /** A cell as Word stores it: an origin cell, or the continuation of a cell merged down. */
    private record WordCell(GridCell origin, boolean continued) {
    }

    /** Each row as Word stores it: cells merged down repeat as continuations, cells merged across appear once. */
    private static List<List<WordCell>> wordRows(Grid grid) {
        List<List<WordCell>> out = new ArrayList<>();
        List<int[]> covering = new ArrayList<>(); // {column, rowsLeft, colSpan}
        List<GridCell> coveringCells = new ArrayList<>();
        for (List<GridCell> row : grid.rows()) {
            List<WordCell> cells = new ArrayList<>();
            int column = 0;
            int next = 0;
            while (next < row.size() || coveredAt(covering, column) >= 0) {
                int c = coveredAt(covering, column);
                if (c >= 0) {
                    cells.add(new WordCell(coveringCells.get(c), true));
                    int[] cover = covering.get(c);
                    column += cover[2];
                    if (--cover[1] == 0) {
                        covering.remove(c);
                        coveringCells.remove(c);
                    }
                    continue;
                }
                GridCell cell = row.get(next++);
                cells.add(new WordCell(cell, false));
                if (cell.rowSpan() > 1) {
                    covering.add(new int[] {column, cell.rowSpan() - 1, cell.colSpan()});
                    coveringCells.add(cell);
                }
                column += cell.colSpan();
            }
            out.add(cells);
        }
        return out;
    }

    private static int coveredAt(List<int[]> covering, int column) {
        for (int i = 0; i < covering.size(); i++) {
            if (covering.get(i)[0] == column) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ Word

    byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            for (Part part : parts) {
                if (part instanceof Paragraph p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else if (part instanceof Grid g) {
                    wordTable(doc, g);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wordTable(XWPFDocument doc, Grid grid) {
        List<List<WordCell>> rows = wordRows(grid);
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        for (List<WordCell> row : rows) {
            XWPFTableRow tr = table.createRow();
            while (!tr.getTableCells().isEmpty()) {
                tr.removeCell(0);
            }
            for (WordCell cell : row) {
                XWPFTableCell tc = tr.createCell();
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                if (cell.origin().colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.origin().colSpan()));
                }
                if (cell.continued()) {
                    pr.addNewVMerge(); // no val: continue
                } else if (cell.origin().rowSpan() > 1) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                }
                XWPFParagraph first = tc.getParagraphs().get(0);
                if (!cell.continued()) {
                    String[] lines = cell.origin().text().split("\n");
                    first.createRun().setText(lines[0]);
                    for (int i = 1; i < lines.length; i++) {
                        tc.addParagraph().createRun().setText(lines[i]);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------- web

    byte[] html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title>\n<style>td{border:1px solid #000}</style></head>\n<body>\n")
                .append("<div class=\"nav\">首页 &gt; 政务公开 &gt; 年度报告</div>\n")
                .append("<h2 style=\"text-align:center\">").append(title).append("</h2>\n<div class=\"article\">\n");
        for (Part part : parts) {
            if (part instanceof Paragraph p) {
                sb.append("<p style=\"text-indent:2em;font-family:'仿宋_GB2312'\"><span style=\"font-size:16pt\">")
                        .append(p.text()).append("</span></p>\n");
            } else if (part instanceof Grid g) {
                sb.append("<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse;width:600px\">\n<tbody>\n");
                for (List<GridCell> row : g.rows()) {
                    sb.append("<tr>");
                    for (GridCell c : row) {
                        sb.append("<td");
                        if (c.rowSpan() > 1) {
                            sb.append(" rowspan=\"").append(c.rowSpan()).append('"');
                        }
                        if (c.colSpan() > 1) {
                            sb.append(" colspan=\"").append(c.colSpan()).append('"');
                        }
                        sb.append(" style=\"text-align:center;padding:2px\"><p style=\"margin:0\"><span>")
                                .append(c.text().isEmpty() ? "&nbsp;" : c.text().replace("\n", "<br/>"))
                                .append("</span></p></td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
            }
        }
        sb.append("</div>\n</body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ text

    /** Text as extracted from the Word file, in the layout of the 光华镇 seed. */
    byte[] text() {
        StringBuilder sb = new StringBuilder(title).append("\n\n");
        for (Part part : parts) {
            if (part instanceof Paragraph p) {
                sb.append(p.text()).append('\n');
            } else if (part instanceof Grid g) {
                sb.append('\n');
                for (List<WordCell> row : wordRows(g)) {
                    for (WordCell cell : row) {
                        String text = cell.continued() ? "" : cell.origin().text().isEmpty() ? "\u00A0" : cell.origin().text();
                        sb.append('\t').append(text).append('\n');
                    }
                    sb.append('\n');
                }
                sb.append("\n\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
