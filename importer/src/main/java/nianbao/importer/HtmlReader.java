package nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a report published as a web page: block elements become lines ({@code <br>} breaks a
 * line), {@code <table>} becomes a grid with {@code rowspan}/{@code colspan} resolved.
 */
final class HtmlReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "title");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private SourcePosition lineAt;
    private boolean inHeading;

    private HtmlReader() {
    }

    static SourceDocument read(byte[] bytes) throws IOException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
        HtmlReader reader = new HtmlReader();
        reader.walk(doc.body());
        reader.flush();
        return new SourceDocument(reader.blocks);
    }

    @SuppressWarnings("ReferenceEquality") // identity: jsoup's Element.equals compares content, and this very element is meant
    private void walk(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                appendText(t.getWholeText(), t);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table") && isLayout(e)) {
                    // Older sites lay the whole page out in a table: its cells are containers.
                    flush();
                    for (Element cell : e.select("td, th")) {
                        if (cell.closest("table") == e) {
                            walk(cell);
                            flush();
                        }
                    }
                } else if (tag.equals("table")) {
                    flush();
                    Element caption = e.selectFirst("> caption");
                    if (caption != null && !caption.text().isBlank()) {
                        blocks.add(new Line(caption.text().replace('\u00A0', ' ').strip(), position(caption)));
                    }
                    blocks.add(table(e));
                } else if (tag.equals("br")) {
                    flush();
                } else if (e.isBlock()) {
                    flush();
                    boolean outer = inHeading;
                    inHeading = outer || tag.matches("h[1-6]");
                    walk(e);
                    flush();
                    inHeading = outer;
                } else {
                    walk(e);
                }
            }
        }
    }

    /** A table that holds tables or long runs of prose lays a page out; it is no report table. */
    private static boolean isLayout(Element table) {
        return table.select("table").size() > 1 || table.select("td, th").stream().anyMatch(c -> c.text().length() > 300);
    }

    private void appendText(String raw, Node node) {
        // Line breaks in page source are layout, not text: Chinese runs on without a space.
        String text = raw.replaceAll("\\s*\\n\\s*", "").replaceAll("[ \\t\\r\\f]+", " ");
        if (text.isEmpty()) {
            return;
        }
        if (line.length() == 0 || line.toString().isBlank()) {
            lineAt = position(node);
        }
        line.append(text);
    }

    private void flush() {
        String text = line.toString().replace('\u00A0', ' ').strip();
        if (!text.isEmpty()) {
            blocks.add(new Line(text, inHeading, lineAt));
        }
        line.setLength(0);
    }

    @SuppressWarnings("ReferenceEquality") // identity: jsoup's Element.equals compares content, and this very element is meant
    private static Table table(Element table) {
        List<List<Cell>> rows = new ArrayList<>();
        // Cells merged down from above, by grid column: the origin and the rows it still covers.
        TreeMap<Integer, int[]> covering = new TreeMap<>();
        TreeMap<Integer, Cell> origins = new TreeMap<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue; // a row of a table nested in a cell
            }
            List<Cell> row = new ArrayList<>();
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                column = placeCovered(row, covering, origins, column, false);
                int rowSpan = span(td.attr("rowspan"));
                int colSpan = span(td.attr("colspan"));
                Cell cell = new Cell(cellText(td), rowSpan, colSpan, false, position(td));
                row.add(cell);
                if (rowSpan > 1) {
                    covering.put(column, new int[] {rowSpan - 1, colSpan});
                    origins.put(column, cell);
                }
                column += colSpan;
            }
            placeCovered(row, covering, origins, column, true);
            rows.add(row);
        }
        return new Table(rows, position(table));
    }

    /** Adds placeholders for cells merged down into this row at {@code column} (or all that remain). */
    private static int placeCovered(List<Cell> row, NavigableMap<Integer, int[]> covering, NavigableMap<Integer, Cell> origins,
            int column, boolean rest) {
        while (true) {
            Integer at = rest ? covering.ceilingKey(column) : (covering.containsKey(column) ? column : null);
            if (at == null) {
                return column;
            }
            int[] c = covering.get(at);
            Cell origin = origins.get(at);
            row.add(new Cell("", 1, c[1], true, origin.at()));
            if (--c[0] == 0) {
                covering.remove(at);
                origins.remove(at);
            }
            column = at + c[1];
        }
    }

    private static String cellText(Element td) {
        StringBuilder sb = new StringBuilder();
        for (Element br : td.select("br")) {
            br.after(new TextNode("\n"));
        }
        sb.append(td.wholeText());
        return sb.toString().replace('\u00A0', ' ').strip();
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return n < 1 ? 1 : Math.min(n, 1000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static SourcePosition position(Node node) {
        for (Node n = node; n != null; n = n.parentNode()) {
            Range r = n.sourceRange();
            if (r != null && r.isTracked()) {
                return SourcePosition.lineColumn(r.start().lineNumber() - 1, r.start().columnNumber() - 1);
            }
        }
        return SourcePosition.FILE;
    }
}
