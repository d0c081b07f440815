package nianbao.core.features;

import java.util.Optional;
import nianbao.core.Analysis;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.Declared;
import nianbao.core.text.Names;
import nianbao.syntax.Position;

/**
 * Go to definition: from a header key, the template name, a section heading, or a table, column
 * or row name in a report to the line of the template that declares it.
 */
public final class Definition {

    private Definition() {
    }

    public static Optional<DefinitionTarget> at(Analysis analysis, Position caret) {
        Report report = analysis.report();
        for (HeaderEntry h : report.header()) {
            if (h.def() != null && Locations.covers(h.key(), caret)) {
                return target(report, h.def());
            }
            if (report.templateStated() && Locations.covers(h.value(), caret)
                    && Names.normalize(h.key().text()).equals(ReportBinder.TEMPLATE_FIELD)
                    && report.template().declaredAt() != null) {
                return Optional.of(new DefinitionTarget(report.template().id(), report.template().source(),
                        report.template().declaredAt()));
            }
        }
        for (ReportSection s : report.sections()) {
            if (s.def() != null && Locations.covers(s.syntax().heading(), caret)) {
                return target(report, s.def());
            }
        }
        for (ReportTable t : report.tables()) {
            if (t.def() == null || !Locations.covers(t.range(), caret)) {
                continue;
            }
            if (Locations.covers(t.syntax().name(), caret)) {
                return target(report, t.def());
            }
            for (ColumnSlot slot : t.columns()) {
                if (slot.def() != null && Locations.covers(slot.written(), caret)) {
                    return target(report, slot.def());
                }
            }
            for (ReportRow r : t.rows()) {
                if (r.def() != null && Locations.covers(r.syntax().label(), caret)) {
                    return target(report, r.def());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DefinitionTarget> target(Report report, Declared d) {
        if (d.declaredAt() == null) {
            return Optional.empty();
        }
        String source = report.template().sourceOf(d.templateId());
        return Optional.of(new DefinitionTarget(d.templateId(), source, d.declaredAt()));
    }
}
