package nianbao.core.rollup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.RuleDef;
import nianbao.core.template.TableDef;

/**
 * Where the findings of a roll-up come from. A broken table rule of the sum is broken in at least
 * one of the reports summed (the rules are linear: reports that each hold it add up to a sum that
 * holds it), and the clerk fixes that report, not the sum: so the rule findings of the reports
 * are what a roll-up reports, each at its own file and line. What no report explains (a finding
 * of the sum alone) stays with the sum.
 */
public final class RollupFindings {

    private RollupFindings() {
    }

    /**
     * A finding and the report it is in.
     *
     * @param report index of the report summed, or -1 for the sum itself
     */
    public record Finding(int report, Diagnostic diagnostic) {
    }

    /**
     * @param sum     the analysis of the summed text
     * @param reports the analyses of the reports summed, in order
     */
    public static List<Finding> of(Analysis sum, List<Analysis> reports) {
        Set<String> ruleIds = new HashSet<>();
        for (TableDef t : sum.report().template().tables()) {
            t.rules().forEach(r -> ruleIds.add(r.id()));
        }
        List<Finding> out = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            Analysis a = reports.get(i);
            for (Diagnostic d : a.diagnostics()) {
                if (ruleIds.contains(d.id())) {
                    out.add(new Finding(i, d));
                }
            }
            for (RuleEvaluation.Failure f : a.rules().failures()) {
                explained.add(key(f.instance()));
            }
        }
        List<String> unexplained = new ArrayList<>();
        for (RuleEvaluation.Failure f : sum.rules().failures()) {
            if (!explained.contains(key(f.instance()))) {
                unexplained.add(f.instance().rule().id());
            }
        }
        for (Diagnostic d : sum.diagnostics()) {
            // A rule finding of the sum is left out when every failure of that rule in the sum is
            // one a report has too (then the report's finding, above, says it at its own line).
            if (!ruleIds.contains(d.id()) || unexplained.contains(d.id())) {
                out.add(new Finding(-1, d));
            }
        }
        return out;
    }

    /** A rule applied to a row or column, by ids: the same in every report of the same tables. */
    private static String key(RuleEvaluation.Instance i) {
        RuleDef rule = i.rule();
        TableDef table = Objects.requireNonNull(i.table().def(), "rules are evaluated only in tables with a template");
        return table.id() + "\u0000" + rule.id() + "\u0000" + rule.equation() + "\u0000"
                + (i.row() == null ? "" : i.row().id()) + "\u0000" + (i.column() == null ? "" : i.column().id());
    }
}
