package nianbao.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.RuleDef;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

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

            // The cell and the numbers first, so that a list that cuts long messages keeps them.
            StringBuilder msg = new StringBuilder(cellName(blamed)).append(declared(table, blamed, cell, f.declared()));
            if (f.implied() != null && f.uncertain()) {
                msg.append("，与按其他单元格算得的 ").append(Messages.number(f.implied())).append(" 相差 ")
                        .append(Messages.number(difference(f.declared(), f.implied())));
            } else if (f.implied() != null && f.bound() == 0) {
                // A cross-year rule names last year's file, line, cell and value it compared with.
                String note = rule.crossYear() ? LastYearCells.note(ctx.previous(), i) : "";
                String lastYear = note.isEmpty() ? "" : "；" + note.substring(1, note.length() - 1);
                msg.append("，应为 ").append(Messages.number(f.implied())).append("（相差 ")
                        .append(Messages.number(difference(f.declared(), f.implied()))).append(lastYear).append("）");
            } else if (f.implied() != null) {
                msg.append("，").append(f.bound() > 0 ? "至少" : "至多").append("应为 ")
                        .append(Messages.number(f.implied())).append("（未写出或无法读取的单元格按 0 计）");
            }
            String scope = rule.scope() == RuleDef.Scope.EACH_ROW
                    ? "“" + Objects.requireNonNull(i.row(), "an each-row instance has its row").shortName() + "”行"
                    : "“" + Objects.requireNonNull(i.column(), "a column instance has its column").shortName() + "”列";
            String what = rule.description().isEmpty() ? rule.equation() : rule.description() + "（" + rule.equation() + "）";
            msg.append("：").append(scope).append("的勾稽关系不成立，").append(what);
            if (f.sharedWith() > 0) {
                msg.append("；该单元格同时使另外 ").append(f.sharedWith()).append(" 条勾稽关系不成立，最可能是它填错了");
            } else if (f.uncertain()) {
                msg.append("；看不出是哪一个单元格填错了，请逐项核对");
            }
            List<Diagnostic.Fix> fixes = fix(table, rule, f);
            Severity severity = rule.severity();
            ctx.report(rule.id(), severity, range, msg.toString(), fixes);
        }
    }

    /**
     * The quick fix: the values the blame found safe, each written cell replaced; none when a
     * value would go into a row that is not written.
     */
    private static List<Diagnostic.Fix> fix(ReportTable table, RuleDef rule, RuleEvaluation.Failure f) {
        if (f.fix().isEmpty()) {
            return List.of();
        }
        List<Diagnostic.Edit> edits = new java.util.ArrayList<>();
        StringBuilder also = new StringBuilder();
        for (var e : f.fix().entrySet()) {
            Cell c = writtenCell(table, e.getKey());
            if (c == null) {
                return List.of();
            }
            String value = Messages.number(e.getValue());
            edits.add(new Diagnostic.Edit(c.word().range(), value));
            if (!e.getKey().equals(f.blamed())) {
                also.append("，并把").append(cellName(e.getKey())).append("改为 ").append(value);
            }
        }
        // A menu title stays short: the rule's description, not its equation (21 labels long for 办理结果).
        String reason = rule.description().isEmpty() ? rule.equation() : rule.description();
        String value = Messages.number(Objects.requireNonNull(f.fix().get(f.blamed()), "a fix sets its blamed cell"));
        return List.of(new Diagnostic.Fix("改为 " + value + also + "（" + reason + "）", List.copyOf(edits)));
    }

    /** What the blamed cell holds, saying so when a blank or an unwritten row was taken as 0. */
    /** Declared minus implied; a blamed cell with an implied value has a known value (Blame). */
    private static BigDecimal difference(@Nullable BigDecimal declared, BigDecimal implied) {
        return Objects.requireNonNull(declared, "a cell with an implied value has a value").subtract(implied);
    }

    private static String declared(ReportTable table, RuleEvaluation.CellRef blamed, @Nullable Cell cell,
            @Nullable BigDecimal value) {
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

    private static @Nullable Cell writtenCell(ReportTable table, RuleEvaluation.CellRef c) {
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
