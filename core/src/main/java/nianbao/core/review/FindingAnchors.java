package nianbao.core.review;

import java.util.Objects;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.Cell;
import nianbao.core.model.Content;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.output.HtmlOutput;
import nianbao.core.template.TableDef;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * Where on the published page a finding is: the fragment id of the cell it points at, else of
 * its table, else of its section (the ids {@link HtmlOutput} gives them), else none (the page's top).
 */
final class FindingAnchors {

    private FindingAnchors() {
    }

    /** The fragment id for a finding, or "" when it concerns no part of the page (a header line, a template). */
    static String of(Analysis analysis, Diagnostic d) {
        if (d.file() != null) {
            return "";
        }
        Position at = d.range().start();
        for (ReportSection s : analysis.report().sections()) {
            for (Content c : s.content()) {
                if (c instanceof ReportTable t && t.def() != null && contains(t.range(), at)) {
                    return cellOrTable(t, at);
                }
            }
            if (s.def() != null && contains(s.syntax().range(), at)) {
                return s.def().id();
            }
        }
        return "";
    }

    private static String cellOrTable(ReportTable t, Position at) {
        TableDef def = Objects.requireNonNull(t.def(), "of() passes only a table with a template");
        for (ReportRow r : t.rows()) {
            // A heading row spanning rows below has no value cells on the page.
            if (r.def() == null || (r.def().heading() && !r.def().children().isEmpty())) {
                continue;
            }
            for (Cell cell : r.cells()) {
                if (cell.column() != null && contains(cell.word().range(), at)) {
                    return HtmlOutput.cellAnchor(def.id(), r.def().id(), cell.column().id());
                }
            }
        }
        return HtmlOutput.tableAnchor(def.id());
    }

    private static boolean contains(Range r, Position p) {
        return compare(r.start(), p) <= 0 && compare(p, r.end()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.character(), b.character());
    }
}
