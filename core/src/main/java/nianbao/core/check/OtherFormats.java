package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.Report;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateRegistry;
import nianbao.core.text.NameIndex;
import org.jspecify.annotations.Nullable;

/**
 * Names of a table that the report's template does not know but another national format does
 * (a 2019-layout table, column or row in a 2021 report). One cause, one finding: format.outdated
 * reports them, once per table, and table.unknown, column.unknown, column.missing and row.unknown
 * leave them alone.
 */
final class OtherFormats {

    /**
     * What of a table belongs to another format.
     *
     * @param table   true when the table's name itself is only known there
     * @param columns the written columns only known there
     * @param rows    the written rows only known there
     */
    record Outdated(Template other, boolean table, List<ColumnSlot> columns, List<ReportRow> rows) {
    }

    private OtherFormats() {
    }

    /** What of a table belongs to another built-in format, or null when nothing does. */
    static @Nullable Outdated of(Report report, ReportTable t) {
        if (!hasUnknownName(t)) {
            return null;
        }
        Template own = report.template();
        TemplateRegistry registry = TemplateRegistry.builtIn();
        for (String id : registry.builtInIds()) {
            Template other = registry.get(id);
            if (other == null || other.id().equals(own.id()) || own.ancestors().contains(other.id())) {
                continue;
            }
            if (t.def() == null) {
                if (t.syntax().name() != null
                        && other.tableIndex().lookup(t.syntax().name().text()) instanceof NameIndex.Found<TableDef>) {
                    return new Outdated(other, true, List.of(), List.of());
                }
                continue;
            }
            TableDef twin = other.tables().stream().filter(x -> x.id().equals(t.def().id())).findFirst().orElse(null);
            if (twin == null) {
                continue;
            }
            List<ColumnSlot> columns = new ArrayList<>();
            for (ColumnSlot c : t.columns()) {
                if (c.def() == null && c.written() != null && twin.columnIndex().lookup(c.written().text()) instanceof NameIndex.Found) {
                    columns.add(c);
                }
            }
            List<ReportRow> rows = new ArrayList<>();
            for (ReportRow r : t.rows()) {
                if (!r.rest() && r.def() == null && twin.rowIndex().lookup(r.syntax().label().text()) instanceof NameIndex.Found) {
                    rows.add(r);
                }
            }
            if (!columns.isEmpty() || !rows.isEmpty()) {
                return new Outdated(other, false, List.copyOf(columns), List.copyOf(rows));
            }
        }
        return null;
    }

    /** Whether another format explains a written column of the table. */
    static boolean explains(Report report, ReportTable t, ColumnSlot column) {
        Outdated o = of(report, t);
        return o != null && o.columns().contains(column);
    }

    /** Whether another format explains a written row of the table. */
    static boolean explains(Report report, ReportTable t, ReportRow row) {
        Outdated o = of(report, t);
        return o != null && o.rows().contains(row);
    }

    private static boolean hasUnknownName(ReportTable t) {
        if (t.def() == null) {
            return t.syntax().name() != null;
        }
        for (ColumnSlot c : t.columns()) {
            if (c.def() == null && c.written() != null) {
                return true;
            }
        }
        for (ReportRow r : t.rows()) {
            if (!r.rest() && r.def() == null) {
                return true;
            }
        }
        return false;
    }
}
