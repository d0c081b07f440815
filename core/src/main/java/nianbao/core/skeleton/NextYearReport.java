package nianbao.core.skeleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nianbao.core.model.Prose;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import org.jspecify.annotations.Nullable;

/**
 * A new report to fill in ({@code nianbao init}): every section with the template's boilerplate,
 * every table with every row. Given last year's report, the values that the template's
 * cross-year rules carry over ({@code 上年结转 = 上年.结转下年度}) are filled in, the last-year
 * values other cross-year rules start from are noted in comments, and last year's prose is
 * offered in comments marked for revision.
 */
public final class NextYearReport {

    private NextYearReport() {
    }

    public static String write(Template template, String templateReference, @Nullable String agency,
            @Nullable Integer year, @Nullable Report lastYear, @Nullable String lastYearPath) {
        StringBuilder sb = new StringBuilder();
        sb.append("// ").append(year == null ? "" : year + " 年度").append("政府信息公开工作年度报告（由 nianbao init 生成，请逐项填写）\n");
        for (FieldDef f : template.fields()) {
            String value = switch (f.kind()) {
                case YEAR -> year == null ? "" : String.valueOf(year);
                case AGENCY -> agency == null ? "" : agency;
                case PREVIOUS_REPORT -> lastYearPath;
                case LEVEL -> null;
                case TITLE -> template.fill(f, agency, year);
                case TEXT -> f.id().equals(ReportBinder.TEMPLATE_FIELD) ? templateReference : "";
            };
            if (value != null) {
                sb.append(f.id()).append('：').append(value).append('\n');
            }
        }
        for (SectionDef s : template.sections()) {
            sb.append('\n').append("# ").append(s.label()).append('\n');
            for (String line : s.boilerplate()) {
                sb.append(line).append('\n');
            }
            ReportSection previous = lastYear == null ? null : sameSection(lastYear, s);
            if (previous != null && !previous.prose().isEmpty()) {
                sb.append("// 以下为上年报告的内容，仅供参考，请按本年情况修改后去掉行首的“// ”：\n");
                for (Prose p : previous.prose()) {
                    sb.append("// ").append(p.kind() == Prose.Kind.SUBHEADING ? "## " : "").append(p.text().text()).append('\n');
                }
            }
            for (TableDef t : s.tables()) {
                ReportTable last = lastYear == null ? null : sameTable(lastYear, t);
                sb.append('\n').append(Skeleton.table(t, carried(t, last)));
                for (String note : notes(t, last)) {
                    sb.append("// ").append(note).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Values copied by rules of the form {@code x = 上年.y}. */
    static Skeleton.Values carried(TableDef table, @Nullable ReportTable last) {
        if (last == null) {
            return Skeleton.Values.ZERO;
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (RuleDef rule : table.rules()) {
            if (!isCopy(rule)) {
                continue;
            }
            var target = rule.lhs().get(0).ref();
            var source = rule.rhs().get(0).ref();
            if (rule.scope() == RuleDef.Scope.EACH_COLUMN) {
                for (ColumnDef c : table.columns()) {
                    put(values, (RowDef) target, c, value(last, source.id(), c.id()));
                }
            } else {
                for (RowDef r : table.valueRows()) {
                    put(values, r, (ColumnDef) target, value(last, r.id(), source.id()));
                }
            }
        }
        return (r, c) -> values.get(r.id() + "\u0000" + c.id());
    }

    /** Comments with the last-year values that other cross-year rules start from. */
    static List<String> notes(TableDef table, @Nullable ReportTable last) {
        List<String> notes = new ArrayList<>();
        if (last == null) {
            return notes;
        }
        for (RuleDef rule : table.rules()) {
            if (!rule.crossYear() || isCopy(rule)) {
                continue;
            }
            for (RuleDef.Term t : concat(rule.lhs(), rule.rhs())) {
                if (!t.lastYear()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                if (rule.scope() == RuleDef.Scope.EACH_ROW) {
                    for (RowDef r : table.valueRows()) {
                        BigDecimal v = value(last, r.id(), t.ref().id());
                        parts.add(r.shortName() + " " + (v == null ? "?" : v.stripTrailingZeros().toPlainString()));
                    }
                } else {
                    for (ColumnDef c : table.columns()) {
                        BigDecimal v = value(last, t.ref().id(), c.id());
                        parts.add(c.shortName() + " " + (v == null ? "?" : v.stripTrailingZeros().toPlainString()));
                    }
                }
                notes.add("上年“" + t.ref().label() + "”：" + String.join("，", parts) + "（" + rule.equation() + "）");
            }
        }
        return notes;
    }

    private static List<RuleDef.Term> concat(List<RuleDef.Term> a, List<RuleDef.Term> b) {
        List<RuleDef.Term> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean isCopy(RuleDef rule) {
        return rule.lhs().size() == 1 && rule.rhs().size() == 1 && !rule.lhs().get(0).lastYear()
                && rule.rhs().get(0).lastYear() && !rule.lhs().get(0).negated() && !rule.rhs().get(0).negated();
    }

    private static void put(Map<String, BigDecimal> values, RowDef r, ColumnDef c, @Nullable BigDecimal v) {
        if (v != null) {
            values.put(r.id() + "\u0000" + c.id(), v);
        }
    }

    private static @Nullable BigDecimal value(ReportTable last, String rowId, String columnId) {
        TableDef def = Objects.requireNonNull(last.def(), "sameTable finds only tables with a template");
        RowDef r = def.row(rowId);
        ColumnDef c = def.column(columnId);
        return r == null || c == null ? null : last.valueFor(r, c);
    }

    private static @Nullable ReportSection sameSection(Report report, SectionDef s) {
        return report.sections().stream().filter(x -> x.def() != null && x.def().id().equals(s.id())).findFirst().orElse(null);
    }

    private static @Nullable ReportTable sameTable(Report report, TableDef t) {
        return report.tables().stream().filter(x -> x.def() != null && x.def().id().equals(t.id())).findFirst().orElse(null);
    }
}
