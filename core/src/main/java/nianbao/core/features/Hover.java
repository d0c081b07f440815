package nianbao.core.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nianbao.core.Analysis;
import nianbao.core.diff.Correspondence;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.Report;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.Declared;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RequiredStatement;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;
import nianbao.core.template.RuleWord;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.syntax.Position;
import nianbao.syntax.Word;

/**
 * Hover: on a name (header key, section heading, table, column, row) what the template says of
 * it and the consistency rules it takes part in; on a number that a rule checks, the value each
 * rule implies for it and whether the rule holds.
 */
public final class Hover {

    private Hover() {
    }

    public static Optional<HoverInfo> at(Analysis analysis, Position caret) {
        for (HeaderEntry h : analysis.report().header()) {
            if (h.def() != null && Locations.covers(h.key(), caret)) {
                return Optional.of(new HoverInfo(field(h.def()), h.key().range()));
            }
        }
        for (ReportSection s : analysis.report().sections()) {
            if (s.def() != null && Locations.covers(s.syntax().heading(), caret)) {
                return Optional.of(new HoverInfo(section(s.def()), s.syntax().heading().range()));
            }
        }
        for (ReportTable t : analysis.report().tables()) {
            if (!Locations.covers(t.range(), caret) || t.def() == null) {
                continue;
            }
            Word name = t.syntax().name();
            if (name != null && Locations.covers(name, caret)) {
                return Optional.of(new HoverInfo(table(t.def()), name.range()));
            }
            for (ColumnSlot slot : t.columns()) {
                Word written = slot.written();
                if (slot.def() != null && written != null && Locations.covers(written, caret)) {
                    return Optional.of(new HoverInfo(column(t.def(), slot.def()), written.range()));
                }
            }
            for (ReportRow r : t.rows()) {
                if (r.def() != null && Locations.covers(r.syntax().label(), caret)) {
                    return Optional.of(new HoverInfo(row(t.def(), r.def()), r.syntax().label().range()));
                }
                if (r.def() == null || !Locations.covers(r.syntax().range(), caret)) {
                    continue;
                }
                for (Cell c : r.cells()) {
                    if (c.column() != null && Locations.covers(c.word(), caret)) {
                        return Optional.of(new HoverInfo(cell(analysis.rules(), t, r.def(), c)
                                + lastYear(analysis.previous(), t, r.def(), c.column()), c.word().range()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String field(FieldDef f) {
        StringBuilder sb = new StringBuilder("**").append(f.id()).append("**（报告信息")
                .append(f.required() ? "，必填" : "").append("）");
        if (!f.description().isEmpty()) {
            sb.append("\n\n").append(f.description());
        }
        return sb.toString();
    }

    private static String section(SectionDef s) {
        StringBuilder sb = title(s, "章节");
        if (!s.tables().isEmpty()) {
            sb.append("\n\n包含的表：");
            for (TableDef t : s.tables()) {
                sb.append("\n- ").append(t.label());
            }
        } else if (s.proseOnly()) {
            sb.append("\n\n本章节为正文，不含表格。");
        }
        localRequirements(sb, s);
        return sb.toString();
    }

    /** What the template requires locally of the section (字数上限, 应写明), with the wordings that meet it. */
    private static void localRequirements(StringBuilder sb, SectionDef s) {
        if (s.lengthLimit() == null && s.partLengthLimit() == null && s.requiredStatements().isEmpty()) {
            return;
        }
        sb.append("\n\n本地要求：");
        if (s.lengthLimit() != null) {
            sb.append("\n- 正文不超过 ").append(String.format(Locale.ROOT, "%,d", s.lengthLimit().characters()))
                    .append(" 字（按 Word 字数计，不计标题、表格和空白）");
        }
        if (s.partLengthLimit() != null) {
            sb.append("\n- 每个一级小标题之下不超过 ")
                    .append(String.format(Locale.ROOT, "%,d", s.partLengthLimit().characters())).append(" 字");
        }
        for (RequiredStatement r : s.requiredStatements()) {
            sb.append("\n- 应写明").append(r.description().isBlank() ? "" : r.description()).append("：`").append(r.written())
                    .append("`");
        }
    }

    private static String table(TableDef t) {
        StringBuilder sb = title(t, "表");
        sb.append("\n\n").append(t.columns().size()).append(" 列，").append(t.valueRows().size()).append(" 行数据。");
        rules(sb, t.rules());
        return sb.toString();
    }

    private static String column(TableDef t, ColumnDef c) {
        StringBuilder sb = title(c, "列");
        if (!c.groups().isEmpty()) {
            sb.append("\n\n所属：").append(String.join(" › ", c.groups().stream().map(ColumnGroup::label).toList()));
        }
        if (!c.unit().isEmpty()) {
            sb.append("\n\n单位：").append(c.unit());
        }
        sb.append("\n\n取值：").append(switch (c.kind()) {
            case COUNT -> "非负整数";
            case AMOUNT -> "非负数，可有小数";
            case SIGNED -> "整数，可为负";
        });
        List<RuleDef> rules = new ArrayList<>();
        for (RuleDef r : t.rules()) {
            if (r.scope() == RuleDef.Scope.EACH_COLUMN || names(r, c)) {
                rules.add(r);
            }
        }
        rules(sb, rules);
        return sb.toString();
    }

    private static String row(TableDef t, RowDef r) {
        StringBuilder sb = title(r, r.heading() ? "标题行" : "行");
        if (r.parent() != null) {
            sb.append("\n\n所属：").append(r.parent().label());
        }
        if (r.heading()) {
            sb.append("\n\n标题行不填数字，由其下各行合计。");
        }
        List<RuleDef> rules = new ArrayList<>();
        for (RuleDef rule : t.rules()) {
            if ((rule.scope() == RuleDef.Scope.EACH_ROW && r.holdsValues()) || names(rule, r)) {
                rules.add(rule);
            }
        }
        rules(sb, rules);
        return sb.toString();
    }

    @SuppressWarnings("ReferenceEquality") // identity: instances are records, and an equal one is another instance of the rule
    private static String cell(RuleEvaluation rules, ReportTable t, RowDef row, Cell c) {
        ColumnDef column = Objects.requireNonNull(c.column(), "hover reaches only cells under a column");
        StringBuilder sb = new StringBuilder("**").append(row.label()).append("** · **").append(column.label())
                .append("**");
        BigDecimal value = c.value().forRules();
        sb.append("\n\n填写：").append(c.word().text());
        if (c.value().kind() == CellValue.Kind.BLANK) {
            sb.append("（空白，按 0 计）");
        }
        if (!column.unit().isEmpty() && value != null) {
            sb.append(" ").append(column.unit());
        }
        RuleEvaluation.CellRef ref = new RuleEvaluation.CellRef(t, row, column);
        List<RuleEvaluation.Instance> instances = rules.instancesOf(ref);
        if (instances.isEmpty()) {
            return sb.toString();
        }
        // The conclusion once: the value the broken rules blamed on this cell imply, when they agree.
        List<RuleEvaluation.Failure> here = new ArrayList<>();
        IdentityHashMap<RuleEvaluation.Instance, RuleEvaluation.Failure> failureOf = new IdentityHashMap<>();
        for (RuleEvaluation.Failure f : rules.failures()) {
            if (instances.stream().anyMatch(i -> i == f.instance())) {
                failureOf.put(f.instance(), f);
                if (f.blamed().equals(ref)) {
                    here.add(f);
                }
            }
        }
        boolean agree = !here.isEmpty() && here.stream().allMatch(f -> f.implied() != null && f.bound() == 0
                && !f.uncertain() && f.implied().compareTo(here.get(0).implied()) == 0);
        if (agree && value != null) {
            BigDecimal implied = Objects.requireNonNull(here.get(0).implied(), "agree: every implied value known");
            sb.append("\n\n按勾稽关系应为 **").append(number(implied)).append("**（相差 ")
                    .append(number(value.subtract(implied))).append("）");
        }
        // The blame names this cell only through findings that are not uncertain (their value is a sound repair).
        long named = here.stream().filter(f -> !f.uncertain()).count();
        if (named > 1 || (named > 0 && !agree)) {
            sb.append(agree ? "：" : "\n\n").append("本格使 ").append(named)
                    .append(" 条勾稽关系不成立，最可能是它填错了");
        }
        sb.append("\n\n勾稽关系：");
        for (RuleEvaluation.Instance i : instances) {
            sb.append("\n- ").append(ruleName(i.rule())).append("：");
            RuleEvaluation.Failure f = failureOf.get(i);
            switch (i.status()) {
                case HOLDS -> sb.append("成立 ✓");
                case UNDECIDED -> sb.append("无法判断（有单元格未写出、不是数字，或所在行的数字个数不对）");
                case BROKEN -> {
                    sb.append("不成立 ✗");
                    if (f != null && !f.blamed().equals(ref)) {
                        sb.append("（报在“").append(f.blamed().row().shortName()).append("”的“")
                                .append(f.blamed().column().shortName()).append("”上）");
                    } else if (!agree && f != null && f.implied() != null
                            && (!f.uncertain() || RuleEvaluation.fits(f.implied(), column))) {
                        sb.append("，按此关系本格").append(f.bound() > 0 ? "至少" : f.bound() < 0 ? "至多" : "")
                                .append("应为 ").append(number(f.implied()));
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Last year's value of a cell, when last year's report is known and has a corresponding cell
     * (in another format through the template's correspondence): "" otherwise.
     */
    private static String lastYear(PreviousReports.Lookup previous, ReportTable t, RowDef row, ColumnDef column) {
        if (previous == null || previous.report() == null) {
            return "";
        }
        Report lastReport = previous.report();
        if (lastReport == null) {
            return "";
        }
        TableDef def = Objects.requireNonNull(t.def(), "hover reaches only tables with a template");
        BigDecimal last = Correspondence.lastYearValue(lastReport, def, row, column);
        if (last == null) {
            return "";
        }
        String file = previous.source() == null ? "" : "（" + java.nio.file.Path.of(previous.source()).getFileName() + "）";
        StringBuilder sb = new StringBuilder("\n\n上年").append(file).append("：").append(number(last));
        BigDecimal now = t.valueFor(row, column);
        if (now != null && now.compareTo(last) != 0) {
            BigDecimal change = now.subtract(last);
            sb.append("，本年").append(change.signum() > 0 ? "增加 " : "减少 ").append(number(change.abs()));
        }
        return sb.toString();
    }

    private static StringBuilder title(Declared d, String kind) {
        StringBuilder sb = new StringBuilder("**").append(d.label()).append("**（").append(kind).append("）");
        if (!d.aliases().isEmpty()) {
            sb.append("\n\n别名：").append(String.join("、", d.aliases()));
        }
        if (!d.description().isEmpty()) {
            sb.append("\n\n").append(d.description());
        }
        return sb;
    }

    private static void rules(StringBuilder sb, List<RuleDef> rules) {
        if (rules.isEmpty()) {
            return;
        }
        sb.append("\n\n勾稽关系：");
        for (RuleDef r : rules) {
            sb.append("\n- ").append(ruleName(r));
        }
    }

    private static String ruleName(RuleDef r) {
        String scope = RuleWord.of(r.scope()).text();
        String text = scope + "：`" + r.equation() + "`";
        return r.description().isEmpty() ? text : r.description() + "（" + text + "）";
    }

    /** Whether a rule names a row or column in its terms (a heading row names the rows under it). */
    private static boolean names(RuleDef rule, Declared thing) {
        List<RuleDef.Term> terms = new ArrayList<>(rule.lhs());
        terms.addAll(rule.rhs());
        for (RuleDef.Term t : terms) {
            for (Declared d = thing; d != null; d = d instanceof RowDef r ? r.parent() : null) {
                if (t.ref() == d) {
                    return true;
                }
            }
        }
        return false;
    }

    static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
