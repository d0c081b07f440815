package nianbao.core.diff;

import java.math.BigDecimal;
import java.util.Objects;
import nianbao.core.model.Report;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.Declared;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import org.jspecify.annotations.Nullable;

/**
 * Which row and column of last year's table a row and column of this year's stand for, as the
 * templates declare it: the same id, else an id one of them had before ({@code 曾用标识}); the
 * 2019 and 2021 national formats differ in section 二 and in （六）其他处理. Nothing here names a
 * row or column: what corresponds is template data.
 */
public final class Correspondence {

    private Correspondence() {
    }

    /** Last year's table of the same id, or null. */
    public static @Nullable ReportTable table(Report lastYear, TableDef table) {
        for (ReportTable t : lastYear.tables()) {
            TableDef def = t.def();
            if (def != null && def.id().equals(table.id())) {
                return t;
            }
        }
        return null;
    }

    /** The row of {@code other} that stands for {@code row}, or null. */
    public static @Nullable RowDef row(TableDef other, RowDef row) {
        return find(other.rows(), row);
    }

    /** The column of {@code other} that stands for {@code column}, or null. */
    public static @Nullable ColumnDef column(TableDef other, ColumnDef column) {
        return find(other.columns(), column);
    }

    /** By id; else by an earlier id of this one (this year's format); else by one of theirs (the other way round). */
    private static <T extends Declared> @Nullable T find(java.util.List<T> candidates, Declared d) {
        for (T c : candidates) {
            if (c.id().equals(d.id())) {
                return c;
            }
        }
        for (T c : candidates) {
            if (d.formerIds().contains(c.id()) || c.formerIds().contains(d.id())) {
                return c;
            }
        }
        return null;
    }

    /**
     * What a table says for a row and column: the cell (or the {@code 其余} value) of a row that
     * holds values, the sum of the rows under a heading row; null when a value is missing or not
     * a number.
     */
    public static @Nullable BigDecimal value(ReportTable table, RowDef row, ColumnDef column) {
        if (row.holdsValues()) {
            return table.valueFor(row, column);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (RowDef r : row.valueDescendants()) {
            BigDecimal v = table.valueFor(r, column);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return row.valueDescendants().isEmpty() ? null : sum;
    }

    /**
     * Last year's value of a cell of this year's table, or null when last year's report has no
     * corresponding table, row or column, or no number there.
     */
    public static @Nullable BigDecimal lastYearValue(Report lastYear, TableDef table, RowDef row, ColumnDef column) {
        ReportTable last = table(lastYear, table);
        if (last == null) {
            return null;
        }
        TableDef lastDef = Objects.requireNonNull(last.def(), "table() finds only tables with a template");
        RowDef r = row(lastDef, row);
        ColumnDef c = column(lastDef, column);
        return r == null || c == null ? null : value(last, r, c);
    }
}
