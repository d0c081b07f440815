package nianbao.core.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.rules.RuleEvaluation;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/**
 * Inlay hints: after a cell that a broken consistency rule blames, the value its quick fix would
 * write ({@code 应为 7}). The hint is read off the finding in force for that cell: the same cell
 * and the same value as the quick fix, and no hint for a finding the clerk dismissed.
 */
public final class InlayHints {

    private InlayHints() {
    }

    public static List<InlayHint> of(Analysis analysis) {
        return of(analysis, null);
    }

    /** @param within only hints inside this range (the visible part of the editor); null for all */
    public static List<InlayHint> of(Analysis analysis, @Nullable Range within) {
        Map<Range, Set<String>> values = new LinkedHashMap<>();
        Map<Range, Set<String>> reasons = new LinkedHashMap<>();
        for (RuleEvaluation.Failure f : analysis.rules().failures()) {
            Cell cell = writtenCell(f.blamed());
            if (cell == null) {
                continue;
            }
            Range at = cell.word().range();
            String id = f.instance().rule().id();
            for (Diagnostic d : analysis.diagnostics()) {
                if (!d.id().equals(id) || !d.range().equals(at)) {
                    continue;
                }
                for (Diagnostic.Fix fix : d.fixes()) {
                    if (fix.edits().size() == 1 && fix.edits().get(0).range().equals(at)) {
                        values.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(fix.edits().get(0).newText());
                        reasons.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(fix.title());
                    }
                }
            }
        }
        List<InlayHint> out = new ArrayList<>();
        for (Map.Entry<Range, Set<String>> e : values.entrySet()) {
            Range r = e.getKey();
            if (within != null && (r.end().compareTo(within.start()) < 0 || r.start().compareTo(within.end()) > 0)) {
                continue;
            }
            out.add(new InlayHint(r.end(), "应为 " + String.join(" 或 ", e.getValue()),
                    "按勾稽关系，这一格应为 " + String.join(" 或 ", e.getValue()) + "。快速修复："
                            + String.join("；", reasons.get(r))));
        }
        out.sort((a, b) -> a.position().compareTo(b.position()));
        return out;
    }

    private static @Nullable Cell writtenCell(RuleEvaluation.CellRef c) {
        ReportRow row = c.table().rowsByDef().get(c.row());
        return row == null ? null : c.table().cell(row, c.column());
    }
}
