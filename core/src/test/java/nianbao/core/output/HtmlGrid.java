package nianbao.core.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A rendered table read back as a browser lays it out: every cell placed on a grid of rows and
 * columns, rowspan and colspan expanded, so that tests can ask which header cells stand above a
 * value and which row labels stand beside it.
 */
final class HtmlGrid {

    private final List<Element[]> slots = new ArrayList<>();
    private final int headLines;

    private HtmlGrid(List<Element> rows, int headLines) {
        this.headLines = headLines;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                while (at(r, c) != null) {
                    c++;
                }
                int rowspan = span(cell, "rowspan");
                int colspan = span(cell, "colspan");
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        put(r + dr, c + dc, cell);
                    }
                }
                c += colspan;
            }
        }
    }

    /** The grid of a table, or of a {@code tbody} that holds one table of a shared grid. */
    static HtmlGrid of(Element tableOrPart) {
        List<Element> rows = tableOrPart.select("tr");
        int head = (int) rows.stream().filter(r -> r.parent().tagName().equals("thead") || r.hasClass("head")).count();
        return new HtmlGrid(rows, head);
    }

    int headLines() {
        return headLines;
    }

    int lines() {
        return slots.size();
    }

    int width() {
        return slots.stream().mapToInt(a -> a.length).max().orElse(0);
    }

    Element at(int row, int column) {
        if (row >= slots.size() || column >= slots.get(row).length) {
            return null;
        }
        return slots.get(row)[column];
    }

    /** The header cells above a column, top down, each once; the table's title line left out. */
    List<Element> above(int column) {
        Set<Element> cells = new LinkedHashSet<>();
        for (int r = 0; r < headLines; r++) {
            Element e = at(r, column);
            if (e != null && !e.hasClass("title")) {
                cells.add(e);
            }
        }
        return List.copyOf(cells);
    }

    /** The label cells ({@code th}) of a body line, left to right, each once. */
    List<Element> labels(int line) {
        Set<Element> cells = new LinkedHashSet<>();
        for (int c = 0; c < width(); c++) {
            Element e = at(line, c);
            if (e != null && e.tagName().equals("th")) {
                cells.add(e);
            }
        }
        return List.copyOf(cells);
    }

    /** The first grid column of a cell on a line. */
    @SuppressWarnings("ReferenceEquality") // identity: jsoup's Element.equals compares content, and this very element is meant
    int columnOf(int line, Element cell) {
        for (int c = 0; c < width(); c++) {
            if (at(line, c) == cell) {
                return c;
            }
        }
        throw new IllegalArgumentException("not on line " + line + ": " + cell);
    }

    private void put(int row, int column, Element cell) {
        while (slots.size() <= row) {
            slots.add(new Element[0]);
        }
        Element[] line = slots.get(row);
        if (line.length <= column) {
            Element[] wider = new Element[column + 1];
            System.arraycopy(line, 0, wider, 0, line.length);
            slots.set(row, wider);
            line = wider;
        }
        if (line[column] != null) {
            throw new AssertionError("cells overlap at line " + row + ", column " + column + ": " + cell);
        }
        line[column] = cell;
    }

    private static int span(Element cell, String attribute) {
        String v = cell.attr(attribute);
        return v.isEmpty() ? 1 : Integer.parseInt(v);
    }
}
