package nianbao.core.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.Analysis;
import nianbao.core.model.Cell;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.ColumnDef;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/**
 * Document highlights: with the caret on a table cell, every written cell of the consistency
 * rules (勾稽关系) that cell takes part in, as the template's rules evaluated them; on a row label
 * or a column name, the cells of that row or column. A clerk checking a total by eye then sees
 * which cells it adds up. Cells of last year's report and rows not written have no place here.
 */
public final class DocumentHighlights {

    private DocumentHighlights() {
    }

    public static List<Highlight> at(Analysis analysis, Position caret) {
        for (ReportTable t : analysis.report().tables()) {
            if (t.def() == null || !Locations.covers(t.range(), caret)) {
                continue;
            }
            for (ColumnSlot slot : t.columns()) {
                if (slot.def() != null && Locations.covers(slot.written(), caret)) {
                    return column(t, slot.def());
                }
            }
            for (ReportRow r : t.rows()) {
                if (r.def() == null || !Locations.covers(r.syntax().range(), caret)) {
                    continue;
                }
                if (Locations.covers(r.syntax().label(), caret)) {
                    return sorted(r.cells().stream().filter(c -> c.column() != null)
                            .map(c -> new Highlight(c.word().range(), Highlight.Kind.TEXT)).toList());
                }
                for (Cell c : r.cells()) {
                    if (c.column() != null && Locations.covers(c.word(), caret)) {
                        return rulesOf(analysis.rules(), new RuleEvaluation.CellRef(t, r.def(), c.column()), c);
                    }
                }
            }
        }
        return List.of();
    }

    private static List<Highlight> column(ReportTable t, ColumnDef column) {
        List<Highlight> out = new ArrayList<>();
        for (ReportRow r : t.rows()) {
            Cell c = r.def() == null ? null : t.cell(r, column);
            if (c != null) {
                out.add(new Highlight(c.word().range(), Highlight.Kind.TEXT));
            }
        }
        return sorted(out);
    }

    /** The cell itself (written) and the other written cells of its rules (read); nothing without rules. */
    @SuppressWarnings("ReferenceEquality") // identity, as CellRef compares tables: equal records may be different tables
    private static List<Highlight> rulesOf(RuleEvaluation rules, RuleEvaluation.CellRef ref, Cell here) {
        List<RuleEvaluation.Instance> instances = rules.instancesOf(ref);
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<Range, Highlight> out = new LinkedHashMap<>();
        out.put(here.word().range(), new Highlight(here.word().range(), Highlight.Kind.WRITE));
        for (RuleEvaluation.Instance i : instances) {
            for (RuleEvaluation.Part p : i.parts()) {
                if (p.lastYear() || p.cell().table() != ref.table()) {
                    continue;
                }
                Cell c = written(p.cell());
                if (c != null) {
                    out.putIfAbsent(c.word().range(), new Highlight(c.word().range(), Highlight.Kind.READ));
                }
            }
        }
        return sorted(new ArrayList<>(out.values()));
    }

    private static @Nullable Cell written(RuleEvaluation.CellRef c) {
        ReportRow row = c.table().rowsByDef().get(c.row());
        return row == null || c.column() == null ? null : c.table().cell(row, c.column());
    }

    private static List<Highlight> sorted(List<Highlight> found) {
        List<Highlight> out = new ArrayList<>(found);
        out.sort(Comparator.comparing((Highlight h) -> h.range().start()));
        return List.copyOf(out);
    }
}
