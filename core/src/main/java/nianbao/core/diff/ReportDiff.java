package nianbao.core.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nianbao.core.model.Cell;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Prose;
import nianbao.core.model.Report;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import org.jspecify.annotations.Nullable;

/**
 * What changed from last year's report to this year's: every cell whose value changed (old,
 * new, change, percentage), sections, tables, rows and columns added or removed, and the prose
 * paragraphs changed, added or removed. Reports in different formats (2019 → 2021) are compared
 * where their rows and columns correspond ({@link Correspondence}, template data).
 *
 * @param lastYear  last year's report as cited
 * @param thisYear  this year's report as cited
 * @param sections  sections one report has and the other has not
 * @param tables    the tables with a change, in this year's order, then the tables removed
 * @param prose     paragraphs changed, added or removed, by section
 */
public record ReportDiff(Side lastYear, Side thisYear, List<SectionChange> sections, List<TableDiff> tables,
        List<ProseChange> prose) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A report as the diff cites it. */
    public record Side(String file, @Nullable Integer year, @Nullable String agency, String template) {
    }

    public record SectionChange(String label, Kind kind) {
    }

    /**
     * A table with its changes; a table added or removed has no cells.
     *
     * @param rowsAdded rows of this year's table that stand for none of last year's (labels)
     */
    public record TableDiff(String id, String label, Kind kind, List<String> rowsAdded, List<String> rowsRemoved,
            List<String> columnsAdded, List<String> columnsRemoved, List<CellChange> cells) {
    }

    /**
     * A cell whose value changed.
     *
     * @param percent the change in percent of the old value, one decimal; null when the old value is 0
     * @param line    the one-based line of the cell in this year's report, or 0 when it is not written
     */
    public record CellChange(String rowId, String row, String columnId, String column, BigDecimal before,
            BigDecimal after, BigDecimal change, @Nullable BigDecimal percent, int line) {
    }

    /**
     * A paragraph (or sub-heading, or numbered point) changed, added or removed.
     *
     * @param before the old text, null for an added one; {@code after} null for a removed one
     * @param line   its one-based line in this year's report, or in last year's when removed
     */
    public record ProseChange(String section, Kind kind, @Nullable String before, @Nullable String after, int line) {
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return sections.isEmpty() && tables.isEmpty() && prose.isEmpty();
    }

    public int cellCount() {
        return tables.stream().mapToInt(t -> t.cells().size()).sum();
    }

    public static ReportDiff of(Report lastYear, String lastFile, Report thisYear, String thisFile) {
        List<SectionChange> sections = new ArrayList<>();
        List<ProseChange> prose = new ArrayList<>();
        Set<String> thisIds = new HashSet<>();
        for (ReportSection s : thisYear.sections()) {
            if (s.def() == null) {
                continue;
            }
            thisIds.add(s.def().id());
            ReportSection before = section(lastYear, s.def().id());
            if (before == null) {
                sections.add(new SectionChange(s.def().label(), Kind.ADDED));
            } else {
                prose.addAll(ProseDiff.of(s.def().label(), before.prose(), s.prose()));
            }
        }
        for (ReportSection s : lastYear.sections()) {
            if (s.def() != null && thisIds.add(s.def().id())) {
                sections.add(new SectionChange(s.def().label(), Kind.REMOVED));
            }
        }
        return new ReportDiff(side(lastYear, lastFile), side(thisYear, thisFile), List.copyOf(sections),
                tables(lastYear, thisYear), List.copyOf(prose));
    }

    private static Side side(Report r, String file) {
        String agency = null;
        for (HeaderEntry e : r.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.AGENCY) {
                agency = e.value().text();
            }
        }
        return new Side(file, r.year(), agency, r.template().id());
    }

    private static @Nullable ReportSection section(Report r, String id) {
        for (ReportSection s : r.sections()) {
            if (s.def() != null && s.def().id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private static List<TableDiff> tables(Report lastYear, Report thisYear) {
        List<TableDiff> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReportTable t : thisYear.tables()) {
            if (t.def() == null || !seen.add(t.def().id())) {
                continue;
            }
            ReportTable before = Correspondence.table(lastYear, t.def());
            if (before == null) {
                out.add(new TableDiff(t.def().id(), t.def().label(), Kind.ADDED, List.of(), List.of(), List.of(), List.of(),
                        List.of()));
                continue;
            }
            TableDiff d = table(before, t);
            if (!d.rowsAdded().isEmpty() || !d.rowsRemoved().isEmpty() || !d.columnsAdded().isEmpty()
                    || !d.columnsRemoved().isEmpty() || !d.cells().isEmpty()) {
                out.add(d);
            }
        }
        for (ReportTable t : lastYear.tables()) {
            if (t.def() != null && seen.add(t.def().id())) {
                out.add(new TableDiff(t.def().id(), t.def().label(), Kind.REMOVED, List.of(), List.of(), List.of(),
                        List.of(), List.of()));
            }
        }
        return List.copyOf(out);
    }

    private static TableDiff table(ReportTable before, ReportTable after) {
        // tables() pairs only tables with a template.
        TableDef last = Objects.requireNonNull(before.def(), "a table with a template");
        TableDef now = Objects.requireNonNull(after.def(), "a table with a template");
        List<String> rowsAdded = new ArrayList<>();
        List<String> columnsAdded = new ArrayList<>();
        List<CellChange> cells = new ArrayList<>();
        for (ColumnDef c : now.columns()) {
            if (Correspondence.column(last, c) == null) {
                columnsAdded.add(c.shortName());
            }
        }
        for (RowDef r : now.rows()) {
            RowDef lastRow = Correspondence.row(last, r);
            if (lastRow == null) {
                rowsAdded.add(r.shortName());
                continue;
            }
            if (!r.holdsValues() && !lastRow.holdsValues()) {
                continue; // both heading rows: the rows under them are compared one by one
            }
            for (ColumnDef c : now.columns()) {
                ColumnDef lastColumn = Correspondence.column(last, c);
                if (lastColumn == null) {
                    continue;
                }
                BigDecimal old = Correspondence.value(before, lastRow, lastColumn);
                BigDecimal value = Correspondence.value(after, r, c);
                if (old != null && value != null && old.compareTo(value) != 0) {
                    cells.add(change(after, r, c, old, value));
                }
            }
        }
        List<String> rowsRemoved = new ArrayList<>();
        for (RowDef r : last.rows()) {
            if (Correspondence.row(now, r) == null) {
                rowsRemoved.add(r.shortName());
            }
        }
        List<String> columnsRemoved = new ArrayList<>();
        for (ColumnDef c : last.columns()) {
            if (Correspondence.column(now, c) == null) {
                columnsRemoved.add(c.shortName());
            }
        }
        return new TableDiff(now.id(), now.label(), Kind.CHANGED, List.copyOf(rowsAdded), List.copyOf(rowsRemoved),
                List.copyOf(columnsAdded), List.copyOf(columnsRemoved), List.copyOf(cells));
    }

    private static CellChange change(ReportTable table, RowDef row, ColumnDef column, BigDecimal old, BigDecimal value) {
        BigDecimal change = value.subtract(old);
        BigDecimal percent = old.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(old.abs(), 1, RoundingMode.HALF_UP);
        int line = 0;
        ReportRow written = table.rowsByDef().get(row);
        if (written != null) {
            Cell cell = table.cell(written, column);
            line = (cell != null ? cell.word().range() : written.syntax().range()).start().line() + 1;
        }
        return new CellChange(row.id(), row.shortName(), column.id(), column.shortName(), old, value, change, percent, line);
    }

    /** Paragraph text as the diff compares it. */
    static String text(Prose p) {
        return p.text().text().strip();
    }
}
