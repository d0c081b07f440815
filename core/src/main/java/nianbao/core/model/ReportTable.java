package nianbao.core.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;

/**
 * A table block of a report, bound to its template table.
 *
 * @param def     the template's table, or null when the name is unknown or ambiguous
 * @param columns the column of each position in a row
 * @param rows    the rows as written (the {@code 其余} line included, marked {@code rest})
 * @param rest    the {@code 其余} line, or null (kept, not searched: the rules ask for it per cell)
 */
public record ReportTable(ReportSyntax.Table syntax, TableDef def, NameIndex.Lookup<TableDef> lookup,
        List<ColumnSlot> columns, List<ReportRow> rows, Map<RowDef, ReportRow> rowsByDef, ReportRow rest)
        implements Content {

    public ReportTable(ReportSyntax.Table syntax, TableDef def, NameIndex.Lookup<TableDef> lookup,
            List<ColumnSlot> columns, List<ReportRow> rows) {
        this(syntax, def, lookup, columns, rows, firstByDef(rows), firstRest(rows));
    }

    private static ReportRow firstRest(List<ReportRow> rows) {
        for (ReportRow r : rows) {
            if (r.rest()) {
                return r;
            }
        }
        return null;
    }

    @Override
    public Range range() {
        return syntax.range();
    }

    /**
     * What the {@code 其余} line gives every row not written: its one value when that is 0 or a
     * blank, else null. A wrong line ({@code 其余 1}) fills nothing, so that it is reported once
     * (row.rest-value) instead of breaking every rule over the rows it would fill.
     */
    public CellValue restValue() {
        ReportRow rest = rest();
        return rest == null ? null : restValueOf(rest);
    }

    /** The value a {@code 其余} line gives: its one value when that is 0 or a blank, else null. */
    public static CellValue restValueOf(ReportRow rest) {
        if (rest.cells().size() != 1) {
            return null;
        }
        CellValue v = rest.cells().get(0).value();
        boolean zeroOrBlank = v.kind() == CellValue.Kind.BLANK || v.isNumber() && v.number().signum() == 0;
        return zeroOrBlank ? v : null;
    }

    /** The first written row bound to each template row. */
    private static Map<RowDef, ReportRow> firstByDef(List<ReportRow> rows) {
        Map<RowDef, ReportRow> out = new LinkedHashMap<>();
        for (ReportRow r : rows) {
            if (r.def() != null) {
                out.putIfAbsent(r.def(), r);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The cell of a row in a column, or null if the row does not write that column. */
    public Cell cell(ReportRow row, ColumnDef column) {
        for (Cell c : row.cells()) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /**
     * The value the rules use for a row and column: the written cell, else the {@code 其余}
     * line's value; null when neither gives one (a missing row or a cell that is not a number).
     */
    public BigDecimal valueFor(RowDef row, ColumnDef column) {
        ReportRow written = rowsByDef().get(row);
        if (written != null) {
            Cell c = cell(written, column);
            return c == null ? null : c.value().forRules();
        }
        CellValue rest = restValue();
        return rest == null ? null : rest.forRules();
    }
}
