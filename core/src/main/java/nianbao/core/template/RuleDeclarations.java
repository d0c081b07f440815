package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.TemplateSyntax;
import nianbao.syntax.Word;

/**
 * Readers of a table's rules: 规则 (a sum, resolved once every row and column of the file is read)
 * and 应为零 (a cell that agencies of some levels should leave at 0).
 */
final class RuleDeclarations {

    private RuleDeclarations() {
    }

    /** A 规则 line (its own syntax, {@link TemplateSyntax.RuleDeclaration}); resolved by {@link #resolve}. */
    static Object rule(ReadContext c, TemplateSyntax.RuleDeclaration r, Object parent) {
        if (!(parent instanceof TableDef table)) {
            c.diagnostics.error(TemplateProblem.MISPLACED.id(), r.range(), "规则只能写在表之下");
            return null;
        }
        c.declaredOther = true;
        ReadContext.PendingRule pending = new ReadContext.PendingRule(r, table);
        c.rules.add(pending);
        return pending;
    }

    static Object zero(ReadContext c, TemplateSyntax.Declaration d, Object parent) {
        List<Word> args = d.args();
        if (!c.placed(d, parent instanceof TableDef, "应为零只能写在表之下")
                || !c.require(d, args, 3, "应为零 标识 层级=甲,乙 行标识[@列标识]")) {
            return null;
        }
        TableDef table = (TableDef) parent;
        String levels = args.get(1).text();
        if (!levels.startsWith("层级=")) {
            c.diagnostics.error(TemplateProblem.INCOMPLETE.id(), args.get(1).range(), "写法应为：层级=乡镇,街道");
            return null;
        }
        String ref = args.get(2).text();
        int at = ref.indexOf('@');
        RowDef row = table.row(at < 0 ? ref : ref.substring(0, at));
        ColumnDef column = at < 0 ? null : table.column(ref.substring(at + 1));
        if (row == null || (at >= 0 && column == null)) {
            c.diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), args.get(2).range(), "表" + ReadContext.quote(table.label()) + "没有 " + ref);
            return null;
        }
        ReadContext.PendingZero z = new ReadContext.PendingZero(args.get(0).text(),
                Set.copyOf(List.of(levels.substring(3).split("[,，、]"))), row,
                column == null ? table.columns() : List.of(column), table, d.range());
        c.zeros.add(z);
        return z;
    }

    static void resolve(ReadContext c, ReadContext.PendingRule p) {
        TemplateSyntax.RuleDeclaration r = p.decl;
        if (p.table.rules().stream().anyMatch(existing -> existing.id().equals(r.name().text()))) {
            c.diagnostics.error(TemplateProblem.RULE_REDEFINED.id(), r.name().range(), "表" + ReadContext.quote(p.table.label())
                    + "已有规则 " + r.name().text() + "；继承的规则不能改写或取消，请为新规则另取标识");
            return;
        }
        RuleDef.Scope scope = null;
        Severity severity = Severity.ERROR;
        for (Word w : r.scope()) {
            RuleWord word = RuleWord.of(w.text()).orElse(null);
            if (word == null) {
                c.unknownAttribute(w);
                continue;
            }
            switch (word) {
                case EACH_ROW, EACH_COLUMN -> scope = word.scope();
                case WARNING -> severity = Severity.WARNING;
            }
        }
        if (scope == null) {
            c.diagnostics.error(TemplateProblem.RULE_SCOPE.id(), r.name().range(), "规则要写明适用范围：" + RuleWord.EACH_ROW.text()
                    + " 或 " + RuleWord.EACH_COLUMN.text());
            return;
        }
        List<RuleDef.Term> lhs = terms(c, r.lhs(), p.table, scope);
        List<RuleDef.Term> rhs = terms(c, r.rhs(), p.table, scope);
        if (lhs == null || rhs == null) {
            return;
        }
        if (lhs.isEmpty() || rhs.isEmpty()) {
            c.diagnostics.error(TemplateProblem.RULE_EMPTY.id(), r.name().range(), "规则的等号两边都要有项");
            return;
        }
        String equation = written(r.lhs(), p.table, scope) + " = " + written(r.rhs(), p.table, scope);
        p.table.addRule(new RuleDef(r.name().text(), scope, lhs, rhs, severity, p.description, equation, c.fileId,
                r.range()));
    }

    private static List<RuleDef.Term> terms(ReadContext c, List<TemplateSyntax.Term> written, TableDef table, RuleDef.Scope scope) {
        List<RuleDef.Term> out = new ArrayList<>();
        boolean ok = true;
        for (TemplateSyntax.Term t : written) {
            String ref = t.ref().text();
            boolean lastYear = ref.startsWith(TemplateReader.LAST_YEAR_PREFIX);
            if (lastYear) {
                ref = ref.substring(TemplateReader.LAST_YEAR_PREFIX.length());
            }
            if (scope == RuleDef.Scope.EACH_ROW) {
                ColumnDef col = table.column(ref);
                if (col == null) {
                    c.diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), t.ref().range(), "表" + ReadContext.quote(table.label())
                            + "没有标识为 " + ref + " 的列");
                    ok = false;
                } else {
                    out.add(new RuleDef.Term(t.negated(), col, lastYear));
                }
            } else {
                boolean all = ref.endsWith(".*");
                RowDef row = table.row(all ? ref.substring(0, ref.length() - 2) : ref);
                if (row == null) {
                    c.diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), t.ref().range(), "表" + ReadContext.quote(table.label())
                            + "没有标识为 " + ref + " 的行");
                    ok = false;
                } else if (all) {
                    for (RowDef d : row.valueDescendants()) {
                        out.add(new RuleDef.Term(t.negated(), d, lastYear));
                    }
                } else if (row.heading()) {
                    c.diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), t.ref().range(),
                            "标题行 " + ref + " 没有数值；要引用其下各行，请写 " + ref + ".*");
                    ok = false;
                } else {
                    out.add(new RuleDef.Term(t.negated(), row, lastYear));
                }
            }
        }
        return ok ? out : null;
    }

    /** A side of a rule as messages show it: short names, and x.* as “x各项” rather than every row. */
    private static String written(List<TemplateSyntax.Term> terms, TableDef table, RuleDef.Scope scope) {
        StringBuilder sb = new StringBuilder();
        for (TemplateSyntax.Term t : terms) {
            if (!sb.isEmpty() || t.negated()) {
                sb.append(t.negated() ? " − " : " + ");
            }
            String ref = t.ref().text();
            boolean lastYear = ref.startsWith(TemplateReader.LAST_YEAR_PREFIX);
            if (lastYear) {
                ref = ref.substring(TemplateReader.LAST_YEAR_PREFIX.length());
                sb.append("上年的");
            }
            boolean all = ref.endsWith(".*");
            Declared d = scope == RuleDef.Scope.EACH_ROW ? table.column(ref)
                    : table.row(all ? ref.substring(0, ref.length() - 2) : ref);
            sb.append(d == null ? ref : d.shortName()).append(all ? "各项" : "");
        }
        return sb.toString();
    }
}
