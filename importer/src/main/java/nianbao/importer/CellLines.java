package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.template.TableDef;
import nianbao.importer.SourceDocument.Line;

/**
 * A table row written one cell a line, as a page's table comes out when its text is copied:
 * the label line, then its cells one a line ({@code 规章} / {@code 0} / {@code 0} / {@code 0}),
 * with blank lines or bars between them. Read for {@link LineTables} only when the count of
 * cells is the table's.
 */
final class CellLines {

    private CellLines() {
    }

    /** A row written one cell a line: its label line and values, and the index of its last value line. */
    record Stacked(TextRow row, int last) {
    }

    /**
     * The row that line {@code i} labels when the table is written one cell a line (a page's
     * table copied cell by cell: {@code 规章} / {@code 0} / {@code 0} / {@code 0}, perhaps with a
     * lone {@code |} between cells): the label line followed by exactly as many lines of one
     * number each as the table has columns (or, for a table printed as one line, as it has
     * values). Any other count is not read as a row: the lines cannot say which cells are missing.
     *
     * <p>When the label line ends in {@code |}, every cell is closed by a bar ({@code 18 |}), so a
     * lone {@code |} is an empty cell, and a line of two bars or more ({@code ||}), or a number
     * followed by them ({@code 0 | ||}), ends the row: the empty cells the page adds after a row's
     * last cell are dropped as in {@link TextRow#fitted}.
     */
    static Stacked stacked(TableDef def, List<Line> lines, int i, int to) {
        String label = TextRow.of(lines.get(i)).label();
        if (label.isBlank() || lines.get(i).text().contains("。")) {
            return null;
        }
        boolean closed = lines.get(i).text().strip().endsWith("|");
        List<String> values = new ArrayList<>();
        int last = i;
        for (int j = i + 1; j < to; j++) {
            String text = lines.get(j).text().strip();
            if (TextRow.isPageNumber(text)) {
                continue;
            }
            if (closed && text.equals("|")) {
                values.add("");
                last = j;
                continue;
            }
            if (TextRow.isSeparators(text)) {
                if (closed) {
                    last = j;
                    break;
                }
                continue;
            }
            TextRow cell = TextRow.of(lines.get(j));
            boolean padded = closed && cell.label().isBlank() && cell.numbers() == 1 && CellText.isNumber(cell.values().get(0))
                    && cell.values().subList(1, cell.values().size()).stream().allMatch(String::isEmpty);
            if (!cell.isLoneNumber() && !padded) {
                break;
            }
            values.add(cell.values().get(0));
            last = j;
            if (padded && cell.values().size() > 1) {
                break;
            }
        }
        int width = def.columns().size();
        if (closed && values.size() > width && (!values.get(0).isEmpty() || values.stream().allMatch(String::isEmpty))
                && values.subList(width, values.size()).stream().allMatch(String::isEmpty)) {
            values = new ArrayList<>(values.subList(0, width));
        }
        boolean fits = values.size() == width
                || (def.layout() == TableDef.Layout.SINGLE_LINE && values.size() == def.valueRows().size() * width);
        if (values.isEmpty() || !fits) {
            return null;
        }
        int numbers = (int) values.stream().filter(CellText::isNumber).count();
        Line at = lines.get(i);
        Line joined = new Line(label + "  " + String.join("  ", values), at.heading(), at.at());
        return new Stacked(new TextRow(joined, label, List.copyOf(values), numbers), last);
    }

}
