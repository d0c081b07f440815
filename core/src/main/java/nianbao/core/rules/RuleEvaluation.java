package nianbao.core.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.model.Report;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;

/**
 * Every consistency rule of a report's tables, evaluated on every row or column it covers, and
 * for each broken one the cell most likely to be wrong.
 *
 * <p>Blame: a cell that takes part in several broken rules (a row total crossing a column total)
 * is the likely culprit, so each broken rule is reported on the cell it shares with the most
 * other broken rules; with nothing shared, on the rule's first term (the total it states).
 */
public final class RuleEvaluation {

    /** A cell of a table by row and column (the table compared by identity). */
    public record CellRef(ReportTable table, RowDef row, ColumnDef column) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CellRef c && c.table == table && c.row == row && c.column == column;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(table) * 31 * 31 + System.identityHashCode(row) * 31
                    + System.identityHashCode(column);
        }
    }

    /**
     * One summand of an instance: a cell, +1 on the left side or −1 on the right, and its value.
     *
     * @param lastYear true for a cell of last year's report (never blamed: it cannot be fixed here)
     */
    public record Part(CellRef cell, int sign, BigDecimal value, boolean lastYear) {
    }

    /**
     * A rule applied to one row (row rules) or one column (column rules).
     *
     * @param parts null values mean the instance cannot be evaluated (a missing row, a bad cell)
     */
    public record Instance(RuleDef rule, ReportTable table, RowDef row, ColumnDef column, List<Part> parts) {

        public boolean evaluable() {
            return parts.stream().allMatch(p -> p.value() != null);
        }

        /** Left side minus right side; zero when the rule holds. */
        public BigDecimal residual() {
            BigDecimal r = BigDecimal.ZERO;
            for (Part p : parts) {
                r = p.sign() > 0 ? r.add(p.value()) : r.subtract(p.value());
            }
            return r;
        }

        public boolean holds() {
            return !evaluable() || residual().signum() == 0;
        }

        public boolean involves(CellRef cell) {
            return parts.stream().anyMatch(p -> p.cell().equals(cell));
        }

        /** The value a cell would need for the rule to hold, the other cells as they are; null if none. */
        public BigDecimal impliedValue(CellRef cell) {
            if (!evaluable()) {
                return null;
            }
            int coefficient = 0;
            BigDecimal current = null;
            for (Part p : parts) {
                if (p.cell().equals(cell)) {
                    coefficient += p.sign();
                    current = p.value();
                }
            }
            if (coefficient == 0 || current == null) {
                return null;
            }
            return current.subtract(share(residual(), coefficient));
        }

        /**
         * The value each cell would need, as {@link #impliedValue} gives it, for all cells at once:
         * one pass over the parts, where asking cell by cell would be quadratic in a wide rule.
         */
        public Map<CellRef, BigDecimal> impliedValues() {
            Map<CellRef, BigDecimal> out = new HashMap<>();
            if (!evaluable()) {
                return out;
            }
            Map<CellRef, Integer> coefficients = new HashMap<>();
            Map<CellRef, BigDecimal> current = new HashMap<>();
            for (Part p : parts) {
                coefficients.merge(p.cell(), p.sign(), Integer::sum);
                current.put(p.cell(), p.value());
            }
            BigDecimal residual = residual();
            coefficients.forEach((cell, coefficient) -> {
                if (coefficient != 0) {
                    out.put(cell, current.get(cell).subtract(share(residual, coefficient)));
                }
            });
            return out;
        }

        /**
         * The residual divided by a cell's coefficient: exact whenever it can be (a 20-digit
         * count must not come back rounded to 16 digits), else to 34 significant digits.
         */
        private static BigDecimal share(BigDecimal residual, int coefficient) {
            BigDecimal c = BigDecimal.valueOf(coefficient);
            try {
                return residual.divide(c);
            } catch (ArithmeticException e) {
                return residual.divide(c, MathContext.DECIMAL128);
            }
        }

        /** The first term of the left side: the total the rule states. */
        public CellRef statedTotal() {
            return parts.get(0).cell();
        }
    }

    /**
     * A broken rule and where it is reported.
     *
     * @param sharedWith how many other broken rules the blamed cell takes part in
     */
    public record Failure(Instance instance, CellRef blamed, BigDecimal declared, BigDecimal implied, int sharedWith) {
    }

    private final List<Instance> instances;
    private final List<Failure> failures;
    private final Map<CellRef, List<Instance>> byCell = new HashMap<>();

    private RuleEvaluation(List<Instance> instances, List<Failure> failures) {
        this.instances = instances;
        this.failures = failures;
        for (Instance i : instances) {
            for (Part p : i.parts()) {
                List<Instance> list = byCell.computeIfAbsent(p.cell(), k -> new ArrayList<>());
                // Once per instance, even when a cell is on both sides: the parts of an instance
                // come one after the other, so a repeat is always the last one added. (Compared by
                // identity: a record's structural equals would compare every part.)
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
    }

    public List<Instance> instances() {
        return instances;
    }

    public List<Failure> failures() {
        return failures;
    }

    /** The rule instances a cell takes part in (for hover and inlay hints). */
    public List<Instance> instancesOf(CellRef cell) {
        return byCell.getOrDefault(cell, List.of());
    }

    public static RuleEvaluation of(Report report) {
        return of(report, null);
    }

    /**
     * Evaluates the rules of a report; the cross-year rules ({@code 上年.x}) only when last year's
     * report is given.
     */
    public static RuleEvaluation of(Report report, Report lastYear) {
        List<Instance> all = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            if (table.def() == null) {
                continue;
            }
            List<Instance> instances = new ArrayList<>();
            ReportTable previous = lastYear == null ? null : sameTable(lastYear, table);
            for (RuleDef rule : table.def().rules()) {
                if (rule.crossYear() && previous == null) {
                    continue;
                }
                if (rule.scope() == RuleDef.Scope.EACH_ROW) {
                    for (RowDef row : table.def().valueRows()) {
                        instances.add(instance(rule, table, previous, row, null));
                    }
                } else {
                    for (ColumnDef column : table.def().columns()) {
                        instances.add(instance(rule, table, previous, null, column));
                    }
                }
            }
            all.addAll(instances);
            failures.addAll(blame(instances));
        }
        return new RuleEvaluation(List.copyOf(all), List.copyOf(failures));
    }

    /** Last year's table with the same id, or null. */
    private static ReportTable sameTable(Report lastYear, ReportTable table) {
        for (ReportTable t : lastYear.tables()) {
            if (t.def() != null && t.def().id().equals(table.def().id())) {
                return t;
            }
        }
        return null;
    }

    private static Instance instance(RuleDef rule, ReportTable table, ReportTable previous, RowDef row,
            ColumnDef column) {
        List<Part> parts = new ArrayList<>();
        addParts(parts, rule.lhs(), +1, rule, table, previous, row, column);
        addParts(parts, rule.rhs(), -1, rule, table, previous, row, column);
        return new Instance(rule, table, row, column, List.copyOf(parts));
    }

    private static void addParts(List<Part> parts, List<RuleDef.Term> terms, int side, RuleDef rule, ReportTable table,
            ReportTable previous, RowDef row, ColumnDef column) {
        for (RuleDef.Term t : terms) {
            RowDef r = rule.scope() == RuleDef.Scope.EACH_ROW ? row : (RowDef) t.ref();
            ColumnDef c = rule.scope() == RuleDef.Scope.EACH_ROW ? (ColumnDef) t.ref() : column;
            int sign = t.negated() ? -side : side;
            if (!t.lastYear()) {
                parts.add(new Part(new CellRef(table, r, c), sign, table.valueFor(r, c), false));
                continue;
            }
            // The same row and column, by id, in last year's table (its template may differ).
            RowDef pr = previous.def().row(r.id());
            ColumnDef pc = previous.def().column(c.id());
            BigDecimal value = pr == null || pc == null ? null : previous.valueFor(pr, pc);
            parts.add(new Part(new CellRef(previous, pr, pc), sign, value, true));
        }
    }

    /** Whether a column can hold a value: counts are whole and not negative, amounts not negative. */
    public static boolean fits(BigDecimal v, ColumnDef column) {
        return switch (column.kind()) {
            case SIGNED -> v.stripTrailingZeros().scale() <= 0;
            case AMOUNT -> v.signum() >= 0;
            case COUNT -> v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
        };
    }

    private static List<Failure> blame(List<Instance> instances) {
        List<Instance> broken = instances.stream().filter(i -> !i.holds()).toList();
        Map<CellRef, Integer> count = new HashMap<>();
        for (Instance i : broken) {
            i.parts().stream().map(Part::cell).distinct().forEach(c -> count.merge(c, 1, Integer::sum));
        }
        List<Failure> out = new ArrayList<>();
        for (Instance i : broken) {
            // The most shared cell; among equals, one whose implied value the column can hold
            // (never "应为 -1" when another cell gives a count); then the stated total.
            CellRef best = null;
            int bestCount = -1;
            boolean bestValid = false;
            Map<CellRef, BigDecimal> impliedValues = i.impliedValues();
            for (Part p : i.parts()) {
                if (p.lastYear()) {
                    continue;
                }
                BigDecimal implied = impliedValues.get(p.cell());
                if (implied == null) {
                    continue;
                }
                int n = count.getOrDefault(p.cell(), 0);
                boolean valid = fits(implied, p.cell().column());
                if (n > bestCount || n == bestCount && valid && !bestValid) {
                    best = p.cell();
                    bestCount = n;
                    bestValid = valid;
                }
            }
            if (best == null) {
                best = i.statedTotal();
                bestCount = count.getOrDefault(best, 1);
            }
            BigDecimal declared = null;
            for (Part p : i.parts()) {
                if (p.cell().equals(best)) {
                    declared = p.value();
                }
            }
            out.add(new Failure(i, best, declared, impliedValues.get(best), bestCount - 1));
        }
        return out;
    }
}
