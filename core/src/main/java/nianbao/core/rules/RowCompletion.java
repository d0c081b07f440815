package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nianbao.core.model.Cell;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import org.jspecify.annotations.Nullable;

/**
 * For a row with one number too few or too many: the one reading of it that makes every rule over
 * the row hold, if there is exactly one. A number left out could belong to any column, and the
 * numbers after it would then be one column off; so each place is tried (the missing number being
 * the one a rule over its cell then implies, the extra number each one in turn), and a reading is
 * offered only when no other reading also balances. Nothing is guessed otherwise.
 */
public final class RowCompletion {

    /**
     * The reading found.
     *
     * @param index    the position of the number inserted or removed among the row's written numbers
     * @param inserted the number to insert at {@code index}, or null when the number at {@code index}
     *                 is the extra one
     * @param column   the column the inserted number belongs to (null for a removal)
     */
    public record Reading(int index, @Nullable BigDecimal inserted, @Nullable ColumnDef column) {
    }

    private RowCompletion() {
    }

    /** The one reading of a row with one number too few or too many that balances, or null. */
    public static @Nullable Reading of(RuleEvaluation rules, ReportTable table, ReportRow row) {
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnSlot s : table.columns()) {
            ColumnDef def = s.def();
            if (def == null) {
                return null;
            }
            columns.add(def);
        }
        List<BigDecimal> numbers = new ArrayList<>();
        for (Cell c : row.cells()) {
            BigDecimal v = c.value().forRules();
            if (v == null) {
                return null;
            }
            numbers.add(v);
        }
        int n = numbers.size();
        if (row.def() == null || (n != columns.size() - 1 && n != columns.size() + 1)) {
            return null;
        }
        Set<List<BigDecimal>> readings = new LinkedHashSet<>();
        Reading found = null;
        for (int at = 0; at <= n; at++) {
            Reading r = n < columns.size() ? insertAt(rules, table, row, columns, numbers, at) : removeAt(at, n);
            if (r == null) {
                continue;
            }
            Map<RuleEvaluation.CellRef, BigDecimal> values = values(table, row, columns, numbers, r);
            if (values != null && balances(rules, values)) {
                if (readings.add(values.values().stream().toList()) && readings.size() > 1) {
                    return null;
                }
                if (found == null) {
                    found = r;
                }
            }
        }
        return found;
    }

    private static @Nullable Reading removeAt(int at, int n) {
        return at < n ? new Reading(at, null, null) : null;
    }

    /** The number a rule over the column's cell implies when the others are read with it missing. */
    private static @Nullable Reading insertAt(RuleEvaluation rules, ReportTable table, ReportRow row, List<ColumnDef> columns,
            List<BigDecimal> numbers, int at) {
        ColumnDef column = columns.get(at);
        Map<RuleEvaluation.CellRef, BigDecimal> others = values(table, row, columns, numbers, new Reading(at, null, column));
        RuleEvaluation.CellRef cell = new RuleEvaluation.CellRef(table, definedRow(row), column);
        others.put(cell, BigDecimal.ZERO);
        for (RuleEvaluation.Instance i : rules.instancesOf(cell)) {
            if (i.coefficient(cell) == 0 || i.parts().stream().anyMatch(p -> p.value() == null && !others.containsKey(p.cell()))) {
                continue;
            }
            // With the cell at 0, the residual tells what the cell must hold.
            BigDecimal residual = residual(i, others);
            BigDecimal x = residual.negate().divide(BigDecimal.valueOf(i.coefficient(cell)));
            if (RuleEvaluation.fits(x, column)) {
                return new Reading(at, x, column);
            }
            return null;
        }
        return null;
    }

    private static BigDecimal residual(RuleEvaluation.Instance i, Map<RuleEvaluation.CellRef, BigDecimal> values) {
        BigDecimal r = BigDecimal.ZERO;
        for (RuleEvaluation.Part p : i.parts()) {
            // insertAt leaves out the instances with an unknown cell outside the row.
            BigDecimal v = Objects.requireNonNull(values.containsKey(p.cell()) ? values.get(p.cell()) : p.value(),
                    "every cell of the instance known");
            r = p.sign() > 0 ? r.add(v) : r.subtract(v);
        }
        return r;
    }

    /**
     * The row's cells under a reading, by column in order; for an insertion whose number is not
     * known yet ({@code inserted} null), without that column.
     */
    private static Map<RuleEvaluation.CellRef, BigDecimal> values(ReportTable table, ReportRow row,
            List<ColumnDef> columns, List<BigDecimal> numbers, Reading r) {
        Map<RuleEvaluation.CellRef, BigDecimal> out = new java.util.LinkedHashMap<>();
        List<BigDecimal> read = new ArrayList<>(numbers);
        if (r.column() == null) {
            read.remove(r.index());
        } else {
            read.add(r.index(), r.inserted());
        }
        for (int j = 0; j < columns.size(); j++) {
            if (read.get(j) != null) {
                out.put(new RuleEvaluation.CellRef(table, definedRow(row), columns.get(j)), read.get(j));
            }
        }
        return out;
    }

    /** No rule over the row fails with these values, and the rules they settle all hold. */
    private static boolean balances(RuleEvaluation rules, Map<RuleEvaluation.CellRef, BigDecimal> values) {
        IdentityHashMap<RuleEvaluation.Instance, Boolean> seen = new IdentityHashMap<>();
        boolean any = false;
        for (RuleEvaluation.CellRef cell : values.keySet()) {
            for (RuleEvaluation.Instance i : rules.instancesOf(cell)) {
                if (seen.put(i, Boolean.TRUE) != null) {
                    continue;
                }
                RuleEvaluation.Status s = i.statusWith(values);
                if (s == RuleEvaluation.Status.BROKEN) {
                    return false;
                }
                any |= s == RuleEvaluation.Status.HOLDS;
            }
        }
        return any;
    }

    /** The row's definition: of() reads no further a row without one. */
    private static RowDef definedRow(ReportRow row) {
        return Objects.requireNonNull(row.def(), "of() returns early for a row without a definition");
    }
}
