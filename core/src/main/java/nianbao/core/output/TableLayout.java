package nianbao.core.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;

/**
 * Lays a table out as the official report prints it: header lines with grouped cells, then
 * body lines with nested row labels. Everything comes from the template's table: column groups
 * become header cells spanning their columns, heading rows become label cells spanning the rows
 * under them, and a {@link TableDef.Layout#SINGLE_LINE} table turns each row into a group of
 * columns on one line (section 四 of the national format).
 *
 * <p>Positions are first computed in logical columns; {@link #widen} then stretches a table's
 * last column so that tables printed together as one grid (the four small tables of section 二)
 * share its width, as in the official page.
 */
public final class TableLayout {

    /** What a cell is, which decides its element and style on the page. */
    public enum Role {
        /** The cell above the row labels when the table has a row header (信息内容). */
        CORNER,
        /** The table's description where no row header is declared (the 勾稽关系 note of table 三). */
        NOTE,
        /** The table's name as a line across the grid, when several tables share one grid. */
        TITLE,
        /** A column group (申请人情况, 法人或其他组织) or, on one line, a row or heading row. */
        GROUP,
        /** A column's label, with its unit when the page must state it. */
        COLUMN,
        /** A row's label, or a heading row's label spanning the rows under it. */
        ROW,
        /** A number. */
        VALUE
    }

    /**
     * A cell placed on the grid.
     *
     * @param start first logical column
     * @param span  logical columns covered
     * @param row   id of the row a value belongs to ("" for header cells)
     * @param column id of the column a value belongs to ("" for header cells)
     */
    record Placed(Role role, String text, String unit, int rowspan, int start, int span, String row, String column) {
    }

    /** A table laid out: header lines and body lines of placed cells, {@code width} logical columns wide. */
    record Grid(TableDef def, List<List<Placed>> head, List<List<Placed>> body, int width) {
    }

    /** A cell ready for the page: spans in real columns. */
    public record PageCell(Role role, String text, String unit, int rowspan, int colspan, String row, String column) {
    }

    /**
     * A table as printed: its header lines (its name first when it shares a grid with others)
     * and its body lines, in real columns of a grid {@code width} wide.
     */
    public record PrintedTable(TableDef def, List<List<PageCell>> head, List<List<PageCell>> body, int width) {
    }

    private TableLayout() {
    }

    /**
     * Lays out tables that follow one another with no prose between as one grid, each under
     * its own name when its section has several, as the four tables of section 二 are printed
     * in the official format. Every output that prints tables (HTML, Word) goes through here.
     *
     * @param run tables the template knows (a table without a definition has no layout)
     */
    public static List<PrintedTable> print(List<ReportTable> run, String impliedUnit) {
        List<Grid> grids = run.stream().map(t -> of(t, impliedUnit)).toList();
        int width = grids.stream().mapToInt(Grid::width).max().orElse(0);
        List<PrintedTable> out = new ArrayList<>();
        for (Grid g : grids) {
            List<List<PageCell>> head = new ArrayList<>();
            if (named(g.def())) {
                head.add(List.of(new PageCell(Role.TITLE, g.def().label(), "", 1, width, "", "")));
            }
            head.addAll(widen(g, g.head(), width));
            out.add(new PrintedTable(g.def(), head, widen(g, g.body(), width), width));
        }
        return out;
    }

    /**
     * True when a table's name is printed above it: when its section has several tables (the
     * articles of section 二); a section's only table is named by the section heading.
     */
    private static boolean named(TableDef def) {
        return def.section() != null && def.section().tables().size() > 1;
    }

    /**
     * The unit most columns of the template count in (件 in the national format): a printed
     * report leaves it unsaid, as the official tables do, and prints any other unit after its column.
     */
    public static String impliedUnit(nianbao.core.template.Template template) {
        java.util.Map<String, Long> counts = template.tables().stream()
                .flatMap(t -> t.columns().stream())
                .collect(java.util.stream.Collectors.groupingBy(ColumnDef::unit, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse("");
    }

    /**
     * Lays out a table.
     *
     * @param impliedUnit the unit the page does not print after column labels (the report's
     *                    usual unit); any other unit is shown
     */
    static Grid of(ReportTable t, String impliedUnit) {
        TableDef def = definition(t);
        return def.layout() == TableDef.Layout.SINGLE_LINE ? singleLine(t, impliedUnit) : grid(t, impliedUnit);
    }

    /** Rows down, columns across; heading rows span the rows under them. */
    private static Grid grid(ReportTable t, String impliedUnit) {
        TableDef def = definition(t);
        int labelColumns = def.rows().stream().mapToInt(RowDef::depth).max().orElse(0) + 1;
        int levels = headerLevels(def);
        List<List<Placed>> head = lines(levels);
        head.get(0).add(def.rowHeader().isEmpty()
                ? new Placed(Role.NOTE, def.description(), "", levels, 0, labelColumns, "", "")
                : new Placed(Role.CORNER, def.rowHeader(), "", levels, 0, labelColumns, "", ""));
        columnHeader(def.columns(), head, 0, labelColumns, 0, impliedUnit);

        List<List<Placed>> body = new ArrayList<>();
        List<Placed> pending = new ArrayList<>();
        for (RowDef r : def.rows()) {
            if (r.parent() == null) {
                gridRows(t, r, labelColumns, pending, body);
            }
        }
        return new Grid(def, head, body, labelColumns + def.columns().size());
    }

    /**
     * Emits the body lines of a row and the rows under it. A heading row's label waits in
     * {@code pending} for the first line under it, and spans all of them.
     */
    private static void gridRows(ReportTable t, RowDef r, int labelColumns, List<Placed> pending,
            List<List<Placed>> body) {
        int depth = r.depth();
        int lines = lineCount(r);
        if (r.heading() && !r.children().isEmpty()) {
            pending.add(new Placed(Role.ROW, r.label(), "", lines, depth, 1, r.id(), ""));
            for (RowDef c : r.children()) {
                gridRows(t, c, labelColumns, pending, body);
            }
            return;
        }
        List<Placed> line = new ArrayList<>(pending);
        pending.clear();
        line.add(new Placed(Role.ROW, r.label(), "", 1, depth, labelColumns - depth, r.id(), ""));
        int at = labelColumns;
        for (ColumnDef c : definition(t).columns()) {
            line.add(new Placed(Role.VALUE, r.holdsValues() ? value(t, r, c) : "", "", 1, at++, 1, r.id(), c.id()));
        }
        body.add(line);
    }

    /** A laid-out table's template: only tables with one are laid out (HtmlOutput, PdfOutput). */
    private static TableDef definition(ReportTable t) {
        return Objects.requireNonNull(t.def(), "only a table with a template is laid out");
    }

    /** Body lines a row takes: one for a value row or an empty heading row, else those of the rows under it. */
    private static int lineCount(RowDef r) {
        if (r.holdsValues()) {
            return 1;
        }
        return Math.max(1, r.children().stream().mapToInt(TableLayout::lineCount).sum());
    }

    /**
     * One line of values: each row becomes a group of columns under its label, heading rows a
     * level above the groups of the rows under them.
     */
    private static Grid singleLine(ReportTable t, String impliedUnit) {
        TableDef def = definition(t);
        int rowLevels = def.rows().stream().mapToInt(RowDef::depth).max().orElse(0) + 1;
        int levels = rowLevels + headerLevels(def);
        List<List<Placed>> head = lines(levels);
        List<Placed> values = new ArrayList<>();
        int at = 0;
        for (RowDef r : def.rows()) {
            if (r.parent() == null) {
                at = rowGroup(t, r, at, rowLevels, head, values, impliedUnit);
            }
        }
        if (!def.description().isEmpty()) {
            head.add(0, new ArrayList<>(List.of(new Placed(Role.NOTE, def.description(), "", 1, 0, at, "", ""))));
        }
        head.forEach(line -> line.sort(Comparator.comparingInt(Placed::start)));
        return new Grid(def, head, List.of(values), at);
    }

    /** Places a row's group of columns from logical column {@code at}; returns the column after it. */
    private static int rowGroup(ReportTable t, RowDef r, int at, int rowLevels, List<List<Placed>> head,
            List<Placed> values, String impliedUnit) {
        int depth = r.depth();
        int start = at;
        if (r.holdsValues() || r.children().isEmpty()) {
            List<ColumnDef> columns = definition(t).columns();
            // The column labels stretch down to the last header line, as 行政复议's do in the official table.
            columnHeader(columns, head, depth + 1, at, rowLevels - 1 - depth, impliedUnit);
            for (ColumnDef c : columns) {
                values.add(new Placed(Role.VALUE, r.holdsValues() ? value(t, r, c) : "", "", 1, at++, 1, r.id(), c.id()));
            }
        } else {
            for (RowDef c : r.children()) {
                at = rowGroup(t, c, at, rowLevels, head, values, impliedUnit);
            }
        }
        head.get(depth).add(new Placed(Role.GROUP, r.label(), "", 1, start, at - start, r.id(), ""));
        return at;
    }

    /** Header lines the columns need: one per level of column groups, plus the column labels. */
    private static int headerLevels(TableDef def) {
        return def.columns().stream().mapToInt(c -> c.groups().size()).max().orElse(0) + 1;
    }

    /**
     * Places the header cells of {@code columns} from header line {@code top} and logical column
     * {@code at}: a cell per run of columns under the same group, then each column's label
     * spanning down to the block's last line, plus {@code stretch} more lines.
     */
    private static void columnHeader(List<ColumnDef> columns, List<List<Placed>> head, int top, int at, int stretch,
            String impliedUnit) {
        int levels = columns.stream().mapToInt(c -> c.groups().size()).max().orElse(0) + 1;
        for (int level = 0; level < levels; level++) {
            int j = 0;
            while (j < columns.size()) {
                ColumnDef c = columns.get(j);
                List<ColumnGroup> groups = c.groups();
                if (groups.size() > level) {
                    ColumnGroup g = groups.get(level);
                    int end = j + 1;
                    while (end < columns.size() && columns.get(end).groups().size() > level
                            && columns.get(end).groups().get(level) == g) {
                        end++;
                    }
                    head.get(top + level).add(new Placed(Role.GROUP, g.label(), "", 1, at + j, end - j, "", ""));
                    j = end;
                } else {
                    if (groups.size() == level) {
                        String unit = c.unit().equals(impliedUnit) ? "" : c.unit();
                        head.get(top + level).add(new Placed(Role.COLUMN, c.label(), unit, levels - level + stretch,
                                at + j, 1, "", c.id()));
                    }
                    j++;
                }
            }
        }
    }

    /**
     * The text of a value cell: the number as written, empty for a blank ({@code -}), the
     * {@code 其余} line's value for a row not written, and the text itself for a cell that is not a
     * number (a page forced out of a report with errors).
     */
    private static String value(ReportTable t, RowDef r, ColumnDef c) {
        ReportRow written = t.rowsByDef().get(r);
        if (written == null) {
            ReportRow rest = t.rest();
            return rest == null || rest.cells().isEmpty() ? "" : display(rest.cells().get(0));
        }
        Cell cell = t.cell(written, c);
        return cell == null ? "" : display(cell);
    }

    private static String display(Cell c) {
        return switch (c.value().kind()) {
            case NUMBER -> Objects.requireNonNull(c.value().number(), "a number cell has its number").toPlainString();
            case BLANK -> "";
            case INVALID -> c.word().text();
        };
    }

    private static List<List<Placed>> lines(int n) {
        List<List<Placed>> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new ArrayList<>());
        }
        return lines;
    }

    /**
     * Converts logical columns to real ones for a grid printed {@code width} columns wide: the
     * table's last column takes the extra columns, as 本年处理决定数量 does in section 二.
     */
    static List<List<PageCell>> widen(Grid g, List<List<Placed>> lines, int width) {
        int extra = width - g.width();
        List<List<PageCell>> out = new ArrayList<>();
        for (List<Placed> line : lines) {
            List<PageCell> cells = new ArrayList<>();
            for (Placed p : line) {
                boolean last = p.start() + p.span() == g.width();
                cells.add(new PageCell(p.role(), p.text(), p.unit(), p.rowspan(), p.span() + (last ? extra : 0),
                        p.row(), p.column()));
            }
            out.add(cells);
        }
        return out;
    }
}
