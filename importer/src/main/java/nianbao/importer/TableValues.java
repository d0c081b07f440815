package nianbao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.importer.SourceDocument.Cell;

/** Writing the cells of a published row into a {@link MappedReport.Table}, whichever reader found the row. */
final class TableValues {

    private TableValues() {
    }

    /**
     * Stores the cells of one published row under their template row and column: numbers as
     * printed, blanks as {@code -} (listed), anything else as {@code -} with an error.
     */
    static void put(TableDef def, MappedReport.Table target, Map<ValueKey, Cell> cells, SourcePosition rowAt,
            List<ImportProblem> problems) {
        Map<RowDef, List<String>> blanks = new LinkedHashMap<>();
        for (Map.Entry<ValueKey, Cell> e : cells.entrySet()) {
            RowDef row = e.getKey().row();
            ColumnDef column = e.getKey().column();
            Cell cell = e.getValue();
            if (row == null) {
                problems.add(ImportProblem.error(ProblemId.CELL_UNPLACED, cell.at(),
                        "「" + def.label() + "」的这个单元格对应不到行，未导入"));
                continue;
            }
            Map<ColumnDef, String> rowValues = target.values.computeIfAbsent(row, r -> new LinkedHashMap<>());
            target.columns.add(column);
            if (rowValues.containsKey(column)) {
                problems.add(ImportProblem.warning(ProblemId.CELL_REPEATED, cell.at(),
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
                    problems.add(ImportProblem.error(ProblemId.VALUE_NOT_A_NUMBER, cell.at(), "「" + row.label() + "」行「"
                            + column.label() + "」列的「" + value.value() + "」不是数字，已作为空白（-）导入"));
                }
            }
        }
        for (Map.Entry<RowDef, List<String>> e : blanks.entrySet()) {
            problems.add(ImportProblem.note(ProblemId.BLANK_CELLS, rowAt, "「" + e.getKey().label() + "」行有空白单元格（"
                    + String.join("、", e.getValue()) + "），导入为 -（检查时按 0 计）"));
        }
    }
}
