package nianbao.core.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.rules.RuleEvaluation;
import nianbao.syntax.Range;

/**
 * Inlay hints: after a total that a rule states (the first term of its left side) and that is
 * wrong, or left blank while the other cells sum to more than 0, the value the rule computes
 * from the other cells ({@code = 7}), so the arithmetic is visible while typing.
 */
public final class InlayHints {

    private InlayHints() {
    }

    public static List<InlayHint> of(Analysis analysis) {
        return of(analysis, null);
    }

    /** @param within only hints inside this range (the visible part of the editor); null for all */
    public static List<InlayHint> of(Analysis analysis, Range within) {
        Map<Cell, Set<String>> values = new LinkedHashMap<>();
        Map<Cell, Set<String>> reasons = new LinkedHashMap<>();
        for (RuleEvaluation.Instance i : analysis.rules().instances()) {
            if (!i.evaluable()) {
                continue;
            }
            RuleEvaluation.CellRef total = i.statedTotal();
            Cell cell = writtenCell(total);
            if (cell == null) {
                continue;
            }
            BigDecimal implied = i.impliedValue(total);
            if (implied == null) {
                continue;
            }
            // A blank counts as 0, so a blank total the other cells do not sum to 0 breaks the rule;
            // a blank they do sum to 0 for is what the official tables allow: nothing to show.
            if (i.holds()) {
                continue;
            }
            values.computeIfAbsent(cell, k -> new LinkedHashSet<>()).add(Hover.number(implied));
            String rule = i.rule().description().isEmpty() ? i.rule().equation() : i.rule().description();
            reasons.computeIfAbsent(cell, k -> new LinkedHashSet<>()).add(rule);
        }
        List<InlayHint> out = new ArrayList<>();
        for (Map.Entry<Cell, Set<String>> e : values.entrySet()) {
            Range r = e.getKey().word().range();
            if (within != null && (r.end().compareTo(within.start()) < 0 || r.start().compareTo(within.end()) > 0)) {
                continue;
            }
            out.add(new InlayHint(r.end(), "= " + String.join(" 或 ", e.getValue()),
                    "按勾稽关系计算：" + String.join("；", reasons.get(e.getKey()))));
        }
        out.sort((a, b) -> a.position().compareTo(b.position()));
        return out;
    }

    private static Cell writtenCell(RuleEvaluation.CellRef c) {
        ReportRow row = c.table().rowsByDef().get(c.row());
        return row == null ? null : c.table().cell(row, c.column());
    }
}
