package nianbao.core.check;

import java.math.BigDecimal;
import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.RuleDef;
import nianbao.syntax.Range;

/**
 * The consistency rules (勾稽关系) the template declares, each reported under its own id
 * ({@code balance.row-total} …) on the cell most likely to be wrong, with the value the other
 * cells imply and the difference.
 */
final class TemplateRulesCheck extends BaseCheck {

    TemplateRulesCheck() {
        super("balance.*", Severity.ERROR,
                "Every consistency rule the template declares, reported under the rule's own id on the cell most likely wrong.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (RuleEvaluation.Failure f : ctx.rules().failures()) {
            RuleEvaluation.Instance i = f.instance();
            RuleDef rule = i.rule();
            ReportTable table = i.table();
            RuleEvaluation.CellRef blamed = f.blamed();
            Cell cell = writtenCell(table, blamed);
            Range range = cell != null ? cell.word().range() : fallbackRange(table, blamed);

            String scope = rule.scope() == RuleDef.Scope.EACH_ROW
                    ? "“" + i.row().shortName() + "”行：" : "“" + i.column().shortName() + "”列：";
            String what = rule.description().isEmpty() ? rule.equation() : rule.description() + "（" + rule.equation() + "）";
            StringBuilder msg = new StringBuilder("勾稽关系不成立，").append(scope).append(what).append("。");
            msg.append(cellName(blamed)).append(declared(table, blamed, cell, f.declared()));
            if (f.implied() != null) {
                BigDecimal diff = f.declared().subtract(f.implied());
                String lastYear = rule.crossYear() ? LastYearCells.note(ctx.previous(), i) : "";
                msg.append(lastYear.isEmpty() ? "，按其他单元格应为 " : "，应为 ").append(Messages.number(f.implied())).append(lastYear)
                        .append("，相差 ").append(Messages.number(diff));
            }
            if (f.sharedWith() > 0) {
                msg.append("；该单元格同时使另外 ").append(f.sharedWith()).append(" 条勾稽关系不成立，最可能是它填错了");
            }
            List<Diagnostic.Fix> fixes = List.of();
            if (cell != null && f.implied() != null && RuleEvaluation.fits(f.implied(), blamed.column())) {
                String value = Messages.number(f.implied());
                // A menu title stays short: the rule's description, not its equation (21 labels long for 办理结果).
                String reason = rule.description().isEmpty() ? rule.equation() : rule.description();
                fixes = List.of(Diagnostic.Fix.replace("改为 " + value + "（" + reason + "）", range, value));
            }
            Severity severity = rule.severity();
            ctx.report(rule.id(), severity, range, msg.toString(), fixes);
        }
    }

    /** What the blamed cell holds, saying so when a blank or an unwritten row was taken as 0. */
    private static String declared(ReportTable table, RuleEvaluation.CellRef blamed, Cell cell, BigDecimal value) {
        if (cell != null && cell.value().kind() == CellValue.Kind.BLANK) {
            return "为空白，按 0 计算";
        }
        if (cell == null && table.rowsByDef().get(blamed.row()) == null && table.restValue() != null) {
            return "未写出，按“其余”计为 " + Messages.number(value);
        }
        return "填写 " + Messages.number(value);
    }

    static String cellName(RuleEvaluation.CellRef c) {
        return "“" + c.row().shortName() + "”的“" + c.column().shortName() + "”";
    }

    private static Cell writtenCell(ReportTable table, RuleEvaluation.CellRef c) {
        ReportRow row = table.rowsByDef().get(c.row());
        return row == null ? null : table.cell(row, c.column());
    }

    private static Range fallbackRange(ReportTable table, RuleEvaluation.CellRef c) {
        ReportRow row = table.rowsByDef().get(c.row());
        if (row != null) {
            return row.syntax().range();
        }
        ReportRow rest = table.rest();
        return rest != null ? rest.syntax().range() : table.syntax().headRange();
    }
}
