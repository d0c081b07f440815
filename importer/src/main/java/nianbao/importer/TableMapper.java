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
 * at its title rows) onto the template: header rows, read as a {@link HeaderTree}, give the
 * order of the value cells; data rows are found by their labels; {@link TableValues} stores
 * the cells.
 */
final class TableMapper {

    private final TableDef def;
    private final NameIndex<ColumnGroup> groups;
    private final MappedReport.Table target;
    private final List<ImportProblem> problems;
    private final HeaderTree header;
    private boolean headerSeen;
    private List<ValueKey> keys;
    private RowDef context;
    private int dataRows;

    TableMapper(TableDef def, MappedReport.Table target, List<ImportProblem> problems) {
        this.def = def;
        this.groups = Labels.groupIndex(def.groups());
        this.header = new HeaderTree(def);
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
            HeaderItem item = headerItem(c.text(), oneLine);
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
    private HeaderItem headerItem(String text, boolean rows) {
        Labels.Match<ColumnDef> column = Labels.find(def.columnIndex(), text);
        if (column != null && !column.guessed()) {
            return new HeaderItem.Column(column.thing());
        }
        Labels.Match<ColumnGroup> group = Labels.find(groups, text);
        if (group != null && !group.guessed()) {
            return new HeaderItem.Group(group.thing());
        }
        if (rows) {
            Labels.Match<RowDef> row = Labels.find(def.rowIndex(), text);
            if (row != null && !row.guessed()) {
                return new HeaderItem.Row(row.thing());
            }
        }
        if (column != null) {
            return new HeaderItem.Column(column.thing());
        }
        return group != null ? new HeaderItem.Group(group.thing()) : null;
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
            HeaderItem item = headerItem(c.text(), rows);
            if (item == null) {
                problems.add(ImportProblem.warning(ProblemId.HEADER_UNKNOWN, c.at(),
                        "表头「" + Labels.oneLine(c.text()) + "」不是「" + def.label() + "」的列，未导入"));
                continue;
            }
            guessed(c, item);
            if (!header.insert(item)) {
                problems.add(ImportProblem.warning(ProblemId.HEADER_REPEATED, c.at(),
                        "表头「" + Labels.oneLine(c.text()) + "」在表头中重复，未导入"));
            }
        }
    }

    private void guessed(Cell c, HeaderItem item) {
        if (item instanceof HeaderItem.Column col && Labels.find(def.columnIndex(), c.text()).guessed()) {
            String label = col.def().label();
            problems.add(ImportProblem.warning(ProblemId.LABEL_GUESSED, c.at(),
                    "表头「" + Labels.oneLine(c.text()) + "」按「" + label + "」导入，请核对"));
        }
    }

    private List<ValueKey> keys(SourcePosition at) {
        if (keys != null) {
            return keys;
        }
        List<ValueKey> fromHeader = headerSeen ? header.leaves() : List.of();
        if (!fromHeader.isEmpty()) {
            keys = fromHeader;
        } else if (!target.keys.isEmpty()) {
            keys = target.keys; // a table continued after a page break without its header
        } else {
            keys = def.layout() == TableDef.Layout.SINGLE_LINE
                    ? HeaderTree.templateOrder(def)
                    : def.columns().stream().map(c -> new ValueKey(null, c)).toList();
            problems.add(ImportProblem.warning(ProblemId.HEADER_MISSING, at,
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
                problems.add(new ImportProblem(ProblemId.ROW_UNKNOWN, anyNumber ? Severity.ERROR : Severity.WARNING, unknown.at(),
                        "「" + Labels.oneLine(unknown.text()) + "」不是「" + def.label() + "」的行，这一行未导入"));
            } else if (labelAt < 0 && anyNumber) {
                problems.add(ImportProblem.error(ProblemId.ROW_UNLABELLED, cells.get(0).at(),
                        "「" + def.label() + "」有一行数字没有行名，未导入"));
            } else if (anyNumber) {
                problems.add(ImportProblem.warning(ProblemId.HEADING_ROW_VALUES, cells.get(labelAt).at(),
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
                problems.add(ImportProblem.warning(ProblemId.LABEL_GUESSED, c.at(),
                        "行名「" + Labels.oneLine(c.text()) + "」按「" + m.thing().label() + "」导入，请核对"));
            }
            return m.thing();
        }
        for (RowDef candidate : Labels.candidates(def.rowIndex(), c.text())) {
            if (context != null && HeaderTree.isUnder(candidate, context)) {
                return candidate;
            }
        }
        return null;
    }

    private void store(RowDef row, Cell label, List<Cell> values) {
        List<ValueKey> k = keys(label.at());
        if (values.size() > k.size()) {
            List<Cell> extra = values.subList(0, values.size() - k.size());
            for (Cell c : extra) {
                if (!c.isBlank()) {
                    problems.add(ImportProblem.warning(ProblemId.EXTRA_CELLS, c.at(),
                            "「" + row.label() + "」行多出的单元格「" + Labels.oneLine(c.text()) + "」未导入"));
                }
            }
            values = values.subList(values.size() - k.size(), values.size());
        } else if (values.size() < k.size()) {
            problems.add(ImportProblem.error(ProblemId.ROW_SHORT, label.at(), "「" + row.label() + "」行只有" + values.size()
                    + "个单元格，应有" + k.size() + "个（表格可能不完整），缺少的数值未导入"));
        }
        dataRows++;
        Map<ValueKey, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ValueKey key = k.get(i);
            cells.put(new ValueKey(key.row() != null ? key.row() : row, key.column()), values.get(i));
        }
        put(cells, label.at());
    }

    /** The data row of a table published as one line of cells. */
    private void readLine(List<Cell> cells) {
        List<ValueKey> k = keys(cells.get(0).at());
        List<Cell> values = cells;
        if (values.size() > k.size()) {
            for (Cell c : values.subList(0, values.size() - k.size())) {
                if (!c.isBlank() && !isDecoration(c.text())) {
                    problems.add(ImportProblem.warning(ProblemId.EXTRA_CELLS, c.at(),
                            "「" + def.label() + "」多出的单元格「" + Labels.oneLine(c.text()) + "」未导入"));
                }
            }
            values = values.subList(values.size() - k.size(), values.size());
        } else if (values.size() < k.size()) {
            problems.add(ImportProblem.error(ProblemId.ROW_SHORT, cells.get(0).at(), "「" + def.label() + "」只有" + values.size()
                    + "个单元格，应有" + k.size() + "个（表格可能不完整），缺少的数值未导入"));
        }
        dataRows++;
        Map<ValueKey, Cell> byKey = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byKey.put(k.get(i), values.get(i));
        }
        put(byKey, cells.get(0).at());
    }

    private void put(Map<ValueKey, Cell> cells, SourcePosition rowAt) {
        TableValues.put(def, target, cells, rowAt, problems);
    }
}
