package nianbao.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.text.Names;

/**
 * The cells of last year's report a cross-year rule read, named for the clerk: the file, the
 * line, the row and column, the value (“上年报告 yunxi-2020.nianbao 第 30 行“结转下年度继续办理”
 * 的“总计”为 1”), so that a cross-year finding says what it compared with, not only “按其他单元格”.
 */
final class LastYearCells {

    /** Row labels up to this many characters are named in full, longer ones by their short name. */
    private static final int FULL_LABEL = 12;

    private LastYearCells() {
    }

    /** "（上年报告 … 为 …）" for the last-year cells of an instance, or "" when it reads none. */
    static String note(PreviousReports.Lookup previous, RuleEvaluation.Instance instance) {
        List<String> cells = new ArrayList<>();
        for (RuleEvaluation.Part p : instance.parts()) {
            if (p.lastYear() && p.value() != null && p.cell().row() != null && p.cell().column() != null) {
                cells.add(describe(p.cell(), p.value()));
            }
        }
        if (cells.isEmpty()) {
            return "";
        }
        String file = previous.source() == null ? "" : " " + Path.of(previous.source()).getFileName();
        return "（上年报告" + file + " " + String.join("，", cells) + "）";
    }

    private static String describe(RuleEvaluation.CellRef c, java.math.BigDecimal value) {
        ReportTable table = c.table();
        ReportRow row = table.rowsByDef().get(c.row());
        String label = c.row().label().substring(Names.ordinalPrefix(c.row().label()).length()).strip();
        if (label.codePointCount(0, label.length()) > FULL_LABEL || label.isEmpty()) {
            label = c.row().shortName();
        }
        String name = "“" + label + "”的“" + c.column().shortName() + "”";
        Cell cell = row == null ? null : table.cell(row, c.column());
        if (cell != null) {
            String line = "第 " + (cell.word().range().start().line() + 1) + " 行" + name;
            // A blank cell last year is taken as 0, as this year's are; the clerk is told so, not told it says 0.
            return line + (cell.value().kind() == CellValue.Kind.BLANK ? "为空白，按 0 计算" : "为 " + Messages.number(value));
        }
        return name + "未写出，按“其余”计为 " + Messages.number(value);
    }
}
