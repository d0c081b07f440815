package nianbao.core.features;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.RuleDef;
import nianbao.core.template.TableDef;

/**
 * Code lenses: above each table whose template declares consistency rules, how many of them hold
 * ({@code 勾稽关系 12 条全部成立}, {@code 勾稽关系 2 条不成立（共 12 条）}). A rule counts once
 * per row or column it is applied to, as the findings do. The counts come from the analysis' rule
 * evaluation, the one the diagnostics come from; nothing is evaluated again. A rule with cells not
 * written or not numbers that could still hold is said to be undecided, never broken.
 */
public final class RuleLenses {

    private RuleLenses() {
    }

    public static List<RuleLens> of(Analysis analysis) {
        IdentityHashMap<ReportTable, EnumMap<RuleEvaluation.Status, Integer>> counts = new IdentityHashMap<>();
        for (RuleEvaluation.Instance i : analysis.rules().instances()) {
            counts.computeIfAbsent(i.table(), k -> new EnumMap<>(RuleEvaluation.Status.class)).merge(i.status(), 1, Integer::sum);
        }
        List<RuleLens> out = new ArrayList<>();
        for (ReportTable t : analysis.report().tables()) {
            EnumMap<RuleEvaluation.Status, Integer> c = counts.get(t);
            if (c == null) {
                continue;
            }
            int holds = c.getOrDefault(RuleEvaluation.Status.HOLDS, 0);
            int broken = c.getOrDefault(RuleEvaluation.Status.BROKEN, 0);
            int undecided = c.getOrDefault(RuleEvaluation.Status.UNDECIDED, 0);
            int dismissed = broken == 0 ? 0 : dismissed(analysis, t);
            out.add(new RuleLens(t.syntax().headRange(), title(holds, broken, undecided, dismissed), holds, broken,
                    undecided, dismissed));
        }
        return List.copyOf(out);
    }

    static String title(int holds, int broken, int undecided, int dismissed) {
        int all = holds + broken + undecided;
        StringBuilder sb = new StringBuilder("勾稽关系 ");
        if (broken == 0 && undecided == 0) {
            return sb.append(all).append(" 条全部成立").toString();
        }
        if (broken > 0) {
            sb.append(broken).append(" 条不成立");
            if (dismissed > 0) {
                sb.append("（其中 ").append(dismissed).append(" 条已注明忽略）");
            }
            sb.append("，");
        }
        if (undecided > 0) {
            sb.append(undecided).append(" 条无法判断（有单元格未写出或不是数字），");
        }
        return sb.append(holds).append(" 条成立").toString();
    }

    /** The dismissed findings of the table's rules: a rule's id, on a place inside the table. */
    private static int dismissed(Analysis analysis, ReportTable t) {
        TableDef def = Objects.requireNonNull(t.def(), "lenses only on tables with a template");
        Set<String> ids = def.rules().stream().map(RuleDef::id).collect(Collectors.toSet());
        int n = 0;
        for (Diagnostic d : analysis.dismissed()) {
            if (d.file() == null && ids.contains(d.id()) && t.range().contains(d.range().start())) {
                n++;
            }
        }
        return n;
    }
}
