package nianbao.core.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nianbao.core.model.Report;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;
import nianbao.core.template.TableDef;
import org.jspecify.annotations.Nullable;

/**
 * Every consistency rule of a report's tables, evaluated on every row or column it covers, and
 * for each broken one the cell most likely to be wrong ({@link Blame}).
 *
 * <p>Unknown cells: a cell of a row that is not written (and no {@code 其余} line fills it), of a
 * row with too few or too many numbers (which number belongs to which column cannot be told), or
 * that is not a number, has no value. A rule over such a cell is still evaluated: it is
 * {@link Status#BROKEN broken} only when no value the unknown cells can hold (counts and amounts
 * are not negative) would make it hold, else {@link Status#UNDECIDED undecided}, never reported.
 * So a zero row left out does not switch the column sums off, and a row with a number missing
 * makes no other cell look wrong.
 */
public final class RuleEvaluation {

    /** A cell of a table by row and column (the table compared by identity). */
    public record CellRef(ReportTable table, RowDef row, ColumnDef column) {
        @Override
        @SuppressWarnings("ReferenceEquality") // identity, as documented: two tables (or rows, columns) may be equal records and still be different ones
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
     * @param value      null when unknown (see the class comment)
     * @param lastYear   true for a cell of last year's report (never blamed: it cannot be fixed here)
     * @param missingRow true when the value is unknown because the row is not written: most likely
     *                   a zero row left out, which the blame takes as 0 (only to rank the cells)
     */
    public record Part(CellRef cell, int sign, @Nullable BigDecimal value, boolean lastYear, boolean missingRow) {

        /** Whether an unknown value may be negative (a signed column, or a cell no column holds). */
        boolean unbounded() {
            return cell.column() == null || cell.column().kind() == ColumnDef.Kind.SIGNED;
        }
    }

    /** What is known of a rule instance. */
    public enum Status {
        /** Every cell is known and the rule holds. */
        HOLDS,
        /** The rule does not hold, and no value of its unknown cells (if any) could make it hold. */
        BROKEN,
        /** Some cells are unknown, and some values of them would make the rule hold. */
        UNDECIDED
    }

    /**
     * A rule applied to one row (row rules) or one column (column rules).
     *
     * @param parts null values mean the instance cannot be evaluated (a missing row, a bad cell)
     */
    public record Instance(RuleDef rule, ReportTable table, @Nullable RowDef row, @Nullable ColumnDef column,
            List<Part> parts) {

        public boolean evaluable() {
            return parts.stream().allMatch(p -> p.value() != null);
        }

        /** Left side minus right side over the known cells (unknown ones taken as 0); zero when the rule holds. */
        public BigDecimal residual() {
            BigDecimal r = BigDecimal.ZERO;
            for (Part p : parts) {
                if (p.value() != null) {
                    r = p.sign() > 0 ? r.add(p.value()) : r.subtract(p.value());
                }
            }
            return r;
        }

        public Status status() {
            return statusFor(residual());
        }

        /** The status if one known cell held another value. */
        public Status statusWith(CellRef cell, BigDecimal value) {
            BigDecimal r = residual();
            for (Part p : parts) {
                if (p.cell().equals(cell) && p.value() != null) {
                    BigDecimal delta = value.subtract(p.value());
                    r = p.sign() > 0 ? r.add(delta) : r.subtract(delta);
                }
            }
            return statusFor(r);
        }

        /**
         * The status if some cells held the given values (known or not): to try how a row with a
         * number missing could be completed.
         */
        public Status statusWith(Map<CellRef, BigDecimal> values) {
            List<Part> tried = new ArrayList<>(parts.size());
            for (Part p : parts) {
                BigDecimal v = values.get(p.cell());
                tried.add(v == null ? p : new Part(p.cell(), p.sign(), v, p.lastYear(), false));
            }
            return new Instance(rule, table, row, column, tried).status();
        }

        /**
         * The status for a residual of the known cells: with unknown cells, the rule can hold when
         * they can make up the residual. The coefficients of the unknowns (a cell on both sides
         * cancels out) decide: an unbounded one or two of opposite signs can make up anything;
         * else all must add up, not negative, to minus the residual.
         */
        private Status statusFor(BigDecimal residual) {
            Map<CellRef, Integer> unknown = null;
            boolean unbounded = false;
            for (Part p : parts) {
                if (p.value() == null) {
                    if (unknown == null) {
                        unknown = new HashMap<>();
                    }
                    unknown.merge(p.cell(), p.sign(), Integer::sum);
                    unbounded |= p.unbounded();
                }
            }
            if (unknown == null) {
                return residual.signum() == 0 ? Status.HOLDS : Status.BROKEN;
            }
            boolean plus = false;
            boolean minus = false;
            for (int c : unknown.values()) {
                plus |= c > 0;
                minus |= c < 0;
            }
            if (unbounded || (plus && minus) || residual.signum() == 0) {
                return Status.UNDECIDED;
            }
            // Σ c·u = −residual with every u ≥ 0 and every c of one sign.
            boolean reachable = plus ? residual.signum() <= 0 : minus && residual.signum() >= 0;
            return reachable ? Status.UNDECIDED : Status.BROKEN;
        }

        /** Only every cell known and the rule holding; an undecided rule does not hold. */
        public boolean holds() {
            return status() == Status.HOLDS;
        }

        public boolean broken() {
            return status() == Status.BROKEN;
        }

        /**
         * Whether the rule fails with the rows not written taken as 0 (the likely reading of a zero
         * row left out); false when other cells are unknown, which could be anything.
         */
        public boolean likelyBroken() {
            for (Part p : parts) {
                if (p.value() == null && !p.missingRow()) {
                    return false;
                }
            }
            return residual().signum() != 0;
        }

        /** Whether some cell of the rule is unknown. */
        public boolean hasUnknowns() {
            return !evaluable();
        }

        /** The value a cell would need for the rule to hold, the other cells as they are; null if none. */
        public @Nullable BigDecimal impliedValue(CellRef cell) {
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
         * The value each known cell would need, as {@link #impliedValue} gives it, for all cells at
         * once: one pass over the parts, where asking cell by cell would be quadratic in a wide rule.
         * With unknown cells, taken as 0: the bound the cell must not cross.
         */
        public Map<CellRef, BigDecimal> impliedValues() {
            Map<CellRef, BigDecimal> out = new HashMap<>();
            Map<CellRef, Integer> coefficients = new HashMap<>();
            Map<CellRef, BigDecimal> current = new HashMap<>();
            for (Part p : parts) {
                if (p.value() == null) {
                    continue;
                }
                coefficients.merge(p.cell(), p.sign(), Integer::sum);
                current.put(p.cell(), p.value());
            }
            BigDecimal residual = residual();
            coefficients.forEach((cell, coefficient) -> {
                if (coefficient != 0) {
                    // Every cell with a coefficient was put in current by the same loop.
                    BigDecimal value = Objects.requireNonNull(current.get(cell), "a cell with a coefficient has a value");
                    out.put(cell, value.subtract(share(residual, coefficient)));
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

        /** The coefficient of a cell in the rule (0 when it is not in it, or on both sides alike). */
        public int coefficient(CellRef cell) {
            int c = 0;
            for (Part p : parts) {
                if (p.cell().equals(cell)) {
                    c += p.sign();
                }
            }
            return c;
        }

        /** The first term of the left side: the total the rule states. */
        public CellRef statedTotal() {
            return parts.get(0).cell();
        }
    }

    /**
     * A broken rule and where it is reported.
     *
     * @param implied    the value the blamed cell needs for the rule to hold (with unknown cells,
     *                   taken as 0: a bound, see {@code bound}); null if none
     * @param sharedWith how many other broken rules the blamed cell takes part in
     * @param bound      0 when {@code implied} is the one value that makes the rule hold; with unknown
     *                   cells, 1 when the cell must be at least {@code implied}, −1 at most
     * @param uncertain  true when the arithmetic cannot tell which cell is wrong: several cells are
     *                   equally likely and the blamed one (the stated total) is not among them, so
     *                   the message only states the difference
     * @param fix        the values a quick fix may write (the blamed cell first; a second cell when
     *                   one value alone would break a rule that holds and the pair keeps it), empty
     *                   when no fix is safe: a fix never makes a rule fail that holds or could hold
     */
    public record Failure(Instance instance, CellRef blamed, @Nullable BigDecimal declared, @Nullable BigDecimal implied, int sharedWith,
            int bound, boolean uncertain, Map<CellRef, BigDecimal> fix) {
    }

    private final List<Instance> instances;
    private final List<Failure> failures;
    private final Map<CellRef, List<Instance>> byCell = new HashMap<>();

    @SuppressWarnings("ReferenceEquality") // identity: instances are records, and an equal one is another instance of the rule
    private RuleEvaluation(List<Instance> instances, List<Failure> failures) {
        this.instances = instances;
        this.failures = failures;
        for (Instance i : instances) {
            for (Part p : i.parts()) {
                List<Instance> list = byCell.get(p.cell());
                if (list == null) {
                    list = new ArrayList<>();
                    byCell.put(p.cell(), list);
                }
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
    public static RuleEvaluation of(Report report, @Nullable Report lastYear) {
        List<Instance> all = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            TableDef def = table.def();
            if (def == null) {
                continue;
            }
            List<Instance> instances = new ArrayList<>();
            ReportTable previous = lastYear == null ? null : sameTable(lastYear, def);
            for (RuleDef rule : def.rules()) {
                if (rule.crossYear() && previous == null) {
                    continue;
                }
                if (rule.scope() == RuleDef.Scope.EACH_ROW) {
                    for (RowDef row : def.valueRows()) {
                        instances.add(instance(rule, table, previous, row, null));
                    }
                } else {
                    for (ColumnDef column : def.columns()) {
                        instances.add(instance(rule, table, previous, null, column));
                    }
                }
            }
            all.addAll(instances);
            failures.addAll(Blame.of(instances));
        }
        return new RuleEvaluation(List.copyOf(all), List.copyOf(failures));
    }

    /** Last year's table with the same id, or null. */
    private static @Nullable ReportTable sameTable(Report lastYear, TableDef def) {
        for (ReportTable t : lastYear.tables()) {
            TableDef d = t.def();
            if (d != null && d.id().equals(def.id())) {
                return t;
            }
        }
        return null;
    }

    private static Instance instance(RuleDef rule, ReportTable table, @Nullable ReportTable previous,
            @Nullable RowDef row, @Nullable ColumnDef column) {
        List<Part> parts = new ArrayList<>();
        addParts(parts, rule.lhs(), +1, rule, table, previous, row, column);
        addParts(parts, rule.rhs(), -1, rule, table, previous, row, column);
        return new Instance(rule, table, row, column, List.copyOf(parts));
    }

    private static void addParts(List<Part> parts, List<RuleDef.Term> terms, int side, RuleDef rule, ReportTable table,
            @Nullable ReportTable previous, @Nullable RowDef row, @Nullable ColumnDef column) {
        for (RuleDef.Term t : terms) {
            // An each-row rule is evaluated per row, a column rule per column: the other comes from the term.
            RowDef r = rule.scope() == RuleDef.Scope.EACH_ROW ? Objects.requireNonNull(row, "each-row rule") : (RowDef) t.ref();
            ColumnDef c = rule.scope() == RuleDef.Scope.EACH_ROW ? (ColumnDef) t.ref() : Objects.requireNonNull(column, "column rule");
            int sign = t.negated() ? -side : side;
            if (!t.lastYear()) {
                parts.add(new Part(new CellRef(table, r, c), sign, table.valueFor(r, c), false, missingRow(table, r)));
                continue;
            }
            // The same row and column, by id, in last year's table (its template may differ). A
            // cross-year rule is evaluated only with last year's table, which has a template.
            ReportTable last = Objects.requireNonNull(previous, "cross-year rules only with last year's table");
            TableDef lastDef = Objects.requireNonNull(last.def(), "sameTable finds only tables with a template");
            RowDef pr = lastDef.row(r.id());
            ColumnDef pc = lastDef.column(c.id());
            BigDecimal value = pr == null || pc == null ? null : last.valueFor(pr, pc);
            parts.add(new Part(new CellRef(last, pr, pc), sign, value, true, pr != null && missingRow(last, pr)));
        }
    }

    /** Whether a row is not written and no {@code 其余} line fills it. */
    private static boolean missingRow(ReportTable table, RowDef row) {
        return table.rowsByDef().get(row) == null && table.restValue() == null;
    }

    /** Whether a column can hold a value: counts are whole and not negative, amounts not negative. */
    public static boolean fits(BigDecimal v, ColumnDef column) {
        return switch (column.kind()) {
            case SIGNED -> v.stripTrailingZeros().scale() <= 0;
            case AMOUNT -> v.signum() >= 0;
            case COUNT -> v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
        };
    }
}
