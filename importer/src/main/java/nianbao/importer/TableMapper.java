package nianbao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.text.NameIndex;
import nianbao.importer.ImportProblem.Severity;
import nianbao.importer.SourceDocument.Cell;

/**
 * Maps the rows of one published table (one template table: the caller splits a source table
 * at its title rows) onto the template: header rows give the order of the value cells, data
 * rows are found by their labels.
 *
 * <p>The header is read as a tree, row by row, without relying on cell spans (extracted text
 * has none): each header label joins the deepest earlier label that can hold it. A column
 * joins its column group ({@code 商业企业} under {@code 法人或其他组织}); in a table published as
 * one line (section 四) a column joins the first row group that has no such column yet
 * ({@code 结果维持} under {@code 行政复议}, then under {@code 未经复议直接起诉}). The leaves, left to right,
 * are the meaning of the value cells of each data row.
 */
final class TableMapper {

    /** What a value cell holds: a column, and for one-line tables also the row. */
    record Key(RowDef row, ColumnDef column) {
    }

    private final TableDef def;
    private final NameIndex<ColumnGroup> groups;
    private final MappedReport.Table target;
    private final List<ImportProblem> problems;
    private final HeaderNode header = new HeaderNode(null);
    private boolean headerSeen;
    private List<Key> keys;
    private RowDef context;
    private int dataRows;

    TableMapper(TableDef def, MappedReport.Table target, List<ImportProblem> problems) {
        this.def = def;
        this.groups = Labels.groupIndex(def.groups());
        this.target = target;
        this.problems = problems;
    }

    /** Maps the rows of one segment. */
    void map(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            List<Cell> cells = row.stream().filter(c -> !c.continued()).toList();
            if (cells.isEmpty()) {
                continue;
            }
            if (isHeaderRow(cells)) {
                readHeader(cells);
            } else if (oneLine()) {
                readLine(cells);
            } else {
                readRow(cells);
            }
        }
    }

    /**
     * Whether the table is printed as one line of cells. A table the template lays out so
     * (section 四) may still be printed rows down, as our own HTML does: the header tells.
     */
    private boolean oneLine() {
        if (def.layout() != TableDef.Layout.SINGLE_LINE) {
            return false;
        }
        if (keys != null) {
            return keys.stream().anyMatch(k -> k.row() != null);
        }
        return !headerSeen || header.holdsRow();
    }

    // ------------------------------------------------------------------ header

    private boolean isHeaderRow(List<Cell> cells) {
        boolean oneLine = oneLine();
        int headerLabels = 0;
        boolean rowLabel = false;
        for (Cell c : cells) {
            if (c.isBlank()) {
                continue;
            }
            if (CellText.isNumber(c.text())) {
                return false;
            }
            Object item = headerItem(c.text(), oneLine);
            if (item != null || isDecoration(c.text())) {
                headerLabels++;
            } else if (Labels.find(def.rowIndex(), c.text()) != null) {
                rowLabel = true;
            }
        }
        if (oneLine) {
            return headerLabels > 0;
        }
        // After the data has started, a lone 总计 is the row （七）总计, not a repeated header.
        return headerLabels > 0 && !rowLabel && (dataRows == 0 || headerLabels >= 2);
    }

    /** A column, column group or (tables printed as one line) row a header label names, or null. */
    private Object headerItem(String text, boolean rows) {
        Labels.Match<ColumnDef> column = Labels.find(def.columnIndex(), text);
        if (column != null && !column.guessed()) {
            return column.thing();
        }
        Labels.Match<ColumnGroup> group = Labels.find(groups, text);
        if (group != null && !group.guessed()) {
            return group.thing();
        }
        if (rows) {
            Labels.Match<RowDef> row = Labels.find(def.rowIndex(), text);
            if (row != null && !row.guessed()) {
                return row.thing();
            }
        }
        if (column != null) {
            return column.thing();
        }
        return group != null ? group.thing() : null;
    }

    /** Header text that names nothing: the row-label header (信息内容), the table's note or name. */
    private boolean isDecoration(String text) {
        if (Labels.same(text, def.rowHeader()) || Labels.same(text, def.description())) {
            return true;
        }
        return def.names().stream().anyMatch(n -> Labels.same(text, n));
    }

    private void readHeader(List<Cell> cells) {
        if (keys != null) {
            // A header repeated after a page break: the order must not change.
            return;
        }
        boolean rows = oneLine();
        headerSeen = true;
        for (Cell c : cells) {
            if (c.isBlank() || isDecoration(c.text())) {
                continue;
            }
            Object item = headerItem(c.text(), rows);
            if (item == null) {
                problems.add(new ImportProblem(Severity.WARNING, c.at(),
                        "表头「" + Labels.oneLine(c.text()) + "」不是「" + def.label() + "」的列，未导入"));
                continue;
            }
            guessed(c, item);
            if (!header.insert(item)) {
                problems.add(new ImportProblem(Severity.WARNING, c.at(),
                        "表头「" + Labels.oneLine(c.text()) + "」在表头中重复，未导入"));
            }
        }
    }

    private void guessed(Cell c, Object item) {
        if (item instanceof ColumnDef col && Labels.find(def.columnIndex(), c.text()).guessed()) {
            String label = col.label();
            problems.add(new ImportProblem(Severity.WARNING, c.at(),
                    "表头「" + Labels.oneLine(c.text()) + "」按「" + label + "」导入，请核对"));
        }
    }

    private List<Key> keys(SourcePosition at) {
        if (keys != null) {
            return keys;
        }
        List<Key> fromHeader = headerSeen ? header.leaves(def, null) : List.of();
        if (!fromHeader.isEmpty()) {
            keys = fromHeader;
        } else if (!target.keys.isEmpty()) {
            keys = target.keys; // a table continued after a page break without its header
        } else {
            keys = def.layout() == TableDef.Layout.SINGLE_LINE
                    ? new HeaderNode(null).leaves(def, null)
                    : def.columns().stream().map(c -> new Key(null, c)).toList();
            problems.add(new ImportProblem(Severity.WARNING, at,
                    "「" + def.label() + "」没有可识别的表头，按模板的列序导入，请核对"));
        }
        target.keys = keys;
        return keys;
    }

    // -------------------------------------------------------------------- data

    /** A data row of a table with rows down and columns across. */
    private void readRow(List<Cell> cells) {
        // Labels stand left of the value cells: a garbled value (十二) is not a row name.
        int labelLimit = cells.size();
        if (headerSeen || !target.keys.isEmpty()) {
            int beforeValues = cells.size() - keys(cells.get(0).at()).size();
            labelLimit = beforeValues > 0 ? beforeValues : cells.size();
        }
        for (int i = 0; i < labelLimit; i++) {
            if (CellText.isNumber(cells.get(i).text())) {
                labelLimit = i; // a row cut short: its labels still come before its numbers
            }
        }
        int labelAt = -1;
        RowDef row = null;
        Cell unknown = null;
        for (int i = 0; i < labelLimit; i++) {
            Cell c = cells.get(i);
            if (c.isBlank() || CellText.isValue(c.text())) {
                continue;
            }
            RowDef found = row(c);
            if (found != null && found.heading()) {
                context = found;
                if (row == null && unknown == null) {
                    labelAt = i;
                }
            } else if (found != null) {
                row = found;
                labelAt = i;
            } else if (row == null && unknown == null) {
                unknown = c;
                labelAt = i;
            }
        }
        List<Cell> values = cells.subList(labelAt + 1, cells.size());
        boolean anyNumber = values.stream().anyMatch(c -> CellText.isNumber(c.text()));
        if (row == null) {
            if (unknown != null) {
                problems.add(new ImportProblem(anyNumber ? Severity.ERROR : Severity.WARNING, unknown.at(),
                        "「" + Labels.oneLine(unknown.text()) + "」不是「" + def.label() + "」的行，这一行未导入"));
            } else if (labelAt < 0 && anyNumber) {
                problems.add(new ImportProblem(Severity.ERROR, cells.get(0).at(),
                        "「" + def.label() + "」有一行数字没有行名，未导入"));
            } else if (anyNumber) {
                problems.add(new ImportProblem(Severity.WARNING, cells.get(labelAt).at(),
                        "「" + Labels.oneLine(cells.get(labelAt).text()) + "」是标题行，不填数字；其中的数字未导入"));
            }
            return;
        }
        store(row, cells.get(labelAt), values);
    }

    /** The row a label names; a label shared by rows is settled by the heading row above it. */
    private RowDef row(Cell c) {
        Labels.Match<RowDef> m = Labels.find(def.rowIndex(), c.text());
        if (m != null) {
            if (m.guessed()) {
                problems.add(new ImportProblem(Severity.WARNING, c.at(),
                        "行名「" + Labels.oneLine(c.text()) + "」按「" + m.thing().label() + "」导入，请核对"));
            }
            return m.thing();
        }
        for (RowDef candidate : Labels.candidates(def.rowIndex(), c.text())) {
            if (context != null && under(candidate, context)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean under(RowDef row, RowDef ancestor) {
        for (RowDef p = row.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void store(RowDef row, Cell label, List<Cell> values) {
        List<Key> k = keys(label.at());
        if (values.size() > k.size()) {
            List<Cell> extra = values.subList(0, values.size() - k.size());
            for (Cell c : extra) {
                if (!c.isBlank()) {
                    problems.add(new ImportProblem(Severity.WARNING, c.at(),
                            "「" + row.label() + "」行多出的单元格「" + Labels.oneLine(c.text()) + "」未导入"));
                }
            }
            values = values.subList(values.size() - k.size(), values.size());
        } else if (values.size() < k.size()) {
            problems.add(new ImportProblem(Severity.ERROR, label.at(), "「" + row.label() + "」行只有" + values.size()
                    + "个单元格，应有" + k.size() + "个（表格可能不完整），缺少的数值未导入"));
        }
        dataRows++;
        Map<Key, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Key key = k.get(i);
            cells.put(new Key(key.row() != null ? key.row() : row, key.column()), values.get(i));
        }
        put(cells, label.at());
    }

    /** The data row of a table published as one line of cells. */
    private void readLine(List<Cell> cells) {
        List<Key> k = keys(cells.get(0).at());
        List<Cell> values = cells;
        if (values.size() > k.size()) {
            for (Cell c : values.subList(0, values.size() - k.size())) {
                if (!c.isBlank() && !isDecoration(c.text())) {
                    problems.add(new ImportProblem(Severity.WARNING, c.at(),
                            "「" + def.label() + "」多出的单元格「" + Labels.oneLine(c.text()) + "」未导入"));
                }
            }
            values = values.subList(values.size() - k.size(), values.size());
        } else if (values.size() < k.size()) {
            problems.add(new ImportProblem(Severity.ERROR, cells.get(0).at(), "「" + def.label() + "」只有" + values.size()
                    + "个单元格，应有" + k.size() + "个（表格可能不完整），缺少的数值未导入"));
        }
        dataRows++;
        Map<Key, Cell> byKey = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byKey.put(k.get(i), values.get(i));
        }
        put(byKey, cells.get(0).at());
    }

    private void put(Map<Key, Cell> cells, SourcePosition rowAt) {
        Map<RowDef, List<String>> blanks = new LinkedHashMap<>();
        for (Map.Entry<Key, Cell> e : cells.entrySet()) {
            RowDef row = e.getKey().row();
            ColumnDef column = e.getKey().column();
            Cell cell = e.getValue();
            if (row == null) {
                problems.add(new ImportProblem(Severity.ERROR, cell.at(),
                        "「" + def.label() + "」的这个单元格对应不到行，未导入"));
                continue;
            }
            Map<ColumnDef, String> rowValues = target.values.computeIfAbsent(row, r -> new LinkedHashMap<>());
            target.columns.add(column);
            if (rowValues.containsKey(column)) {
                problems.add(new ImportProblem(Severity.WARNING, cell.at(),
                        "「" + row.label() + "」行「" + column.label() + "」列重复出现，保留第一次的数值"));
                continue;
            }
            CellText value = CellText.of(cell.text(), column.unit());
            switch (value.kind()) {
                case NUMBER -> rowValues.put(column, value.value());
                case BLANK -> {
                    rowValues.put(column, "-");
                    blanks.computeIfAbsent(row, r -> new ArrayList<>()).add(column.label());
                }
                case GARBLED -> {
                    rowValues.put(column, "-");
                    problems.add(new ImportProblem(Severity.ERROR, cell.at(), "「" + row.label() + "」行「" + column.label()
                            + "」列的「" + value.value() + "」不是数字，已作为空白（-）导入"));
                }
            }
        }
        for (Map.Entry<RowDef, List<String>> e : blanks.entrySet()) {
            problems.add(new ImportProblem(Severity.NOTE, rowAt, "「" + e.getKey().label() + "」行有空白单元格（"
                    + String.join("、", e.getValue()) + "），导入为 -（检查时按 0 计）"));
        }
    }

    // -------------------------------------------------------------- header tree

    /** A header label and the labels below it. */
    private final class HeaderNode {
        final Object item;
        final List<HeaderNode> children = new ArrayList<>();

        HeaderNode(Object item) {
            this.item = item;
        }

        boolean insert(Object thing) {
            for (HeaderNode child : children) {
                if (child.insert(thing)) {
                    return true;
                }
            }
            if (!accepts(thing)) {
                return false;
            }
            children.add(new HeaderNode(thing));
            return true;
        }

        private boolean accepts(Object thing) {
            if (item == null) {
                return !holds(thing);
            }
            if (item instanceof ColumnGroup g) {
                boolean fits = thing instanceof ColumnDef c ? c.groups().contains(g)
                        : thing instanceof ColumnGroup inner && inner != g && nested(inner, g);
                return fits && !holds(thing);
            }
            if (item instanceof RowDef r) {
                if (thing instanceof RowDef inner) {
                    return under(inner, r);
                }
                return r.holdsValues() && !holds(thing);
            }
            return false;
        }

        /** True when a row label stands at or under this node (a table printed as one line). */
        boolean holdsRow() {
            return item instanceof RowDef || children.stream().anyMatch(HeaderNode::holdsRow);
        }

        /** True when a label already stands under this node (a column appears once per group). */
        private boolean holds(Object thing) {
            return children.stream().anyMatch(c -> c.item == thing || c.holds(thing));
        }

        /** Declared groups know no parent; a column lists its groups outermost first. */
        private boolean nested(ColumnGroup inner, ColumnGroup outer) {
            return def.columns().stream().anyMatch(c -> {
                int o = c.groups().indexOf(outer);
                return o >= 0 && c.groups().indexOf(inner) > o;
            });
        }

        /** The value cells this header describes, left to right. */
        List<Key> leaves(TableDef table, RowDef row) {
            List<Key> out = new ArrayList<>();
            if (item instanceof ColumnDef c) {
                out.add(new Key(row, c));
            } else if (item instanceof ColumnGroup g && children.isEmpty()) {
                table.columns().stream().filter(c -> c.groups().contains(g)).forEach(c -> out.add(new Key(row, c)));
            } else if (item instanceof RowDef r && children.isEmpty()) {
                for (RowDef each : r.holdsValues() ? List.of(r) : r.valueDescendants()) {
                    table.columns().forEach(c -> out.add(new Key(each, c)));
                }
            } else if (item == null && children.isEmpty() && table.layout() == TableDef.Layout.SINGLE_LINE) {
                for (RowDef each : table.valueRows()) {
                    table.columns().forEach(c -> out.add(new Key(each, c)));
                }
            } else {
                RowDef under = item instanceof RowDef r && r.holdsValues() ? r : row;
                children.forEach(n -> out.addAll(n.leaves(table, under)));
            }
            return out;
        }
    }
}
