package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.rules.RuleEvaluation.CellRef;
import nianbao.core.rules.RuleEvaluation.Failure;
import nianbao.core.rules.RuleEvaluation.Instance;
import nianbao.core.rules.RuleEvaluation.Part;
import nianbao.core.rules.RuleEvaluation.Status;
import org.jspecify.annotations.Nullable;

/**
 * Where each broken rule of a table is reported: on the cell most likely wrong, and with a quick
 * fix only when the fix cannot make a sound rule fail.
 *
 * <p>Among the known cells of this year's report that a broken rule takes part in, the one
 * <ol>
 * <li>shared with the most other broken rules (a row total crossing a column total);</li>
 * <li>then one for which those broken rules agree on the value (with two errors in a table, the
 *     crossing of one error's row and the other's column is broken twice too, but the two rules
 *     there ask for different values);</li>
 * <li>then shared with the most rules that fail when the rows not written are taken as 0 (a zero
 *     row left out keeps the column sums from being decided, yet they still point at the cell);</li>
 * <li>then whose implied value its column can hold (never "应为 -1" when another cell gives a count);</li>
 * <li>then confirmed by the fewest other rules that hold (the cross-year rule vouches for a
 *     上年结转 copied from last year's report, a sound row total for the cells of its row);</li>
 * <li>then the first term (the total the rule states).</li>
 * </ol>
 * When several cells tie at the top and the stated total is not one of them, nothing singles a
 * cell out: the finding goes on the stated total, marked uncertain, without a fix. The cell found
 * is then only a candidate: it is named, with its value and a quick fix, only when that value is a
 * sound repair ({@link #settle}); else the finding goes on the stated total, uncertain, too. A
 * wrong blame costs more than a finding that leaves the cell to the clerk.
 */
final class Blame {

    private final Map<CellRef, List<Instance>> byCell = new HashMap<>();
    private final IdentityHashMap<Instance, Status> status = new IdentityHashMap<>();
    private final IdentityHashMap<Instance, Map<CellRef, Integer>> coefficients = new IdentityHashMap<>();
    private final Map<CellRef, Standing> standings = new HashMap<>();
    private final IdentityHashMap<Instance, Map<CellRef, BigDecimal>> implied = new IdentityHashMap<>();
    /** Per instance, asked once: a wide rule has thousands of parts, and each of its cells asks. */
    private final IdentityHashMap<Instance, Boolean> likelyBroken = new IdentityHashMap<>();
    private final IdentityHashMap<Instance, Boolean> unknowns = new IdentityHashMap<>();

    @SuppressWarnings("ReferenceEquality") // identity: instances are records, and an equal one is another instance of the rule
    private Blame(List<Instance> instances) {
        for (Instance i : instances) {
            status.put(i, i.status());
            for (Part p : i.parts()) {
                List<Instance> list = byCell.get(p.cell());
                if (list == null) {
                    list = new ArrayList<>();
                    byCell.put(p.cell(), list);
                }
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
    }

    static List<Failure> of(List<Instance> instances) {
        Blame blame = new Blame(instances);
        List<Failure> out = new ArrayList<>();
        for (Instance i : instances) {
            if (blame.status.get(i) == Status.BROKEN) {
                out.add(blame.blame(i));
            }
        }
        return blame.settle(out);
    }

    /**
     * How a cell stands among the rules it takes part in.
     *
     * @param agree true when it is in two or more broken rules and they all imply one value for it
     */
    private record Standing(int broken, boolean agree, int likelyBroken, int holding) {
    }

    private Map<CellRef, BigDecimal> implied(Instance i) {
        return implied.computeIfAbsent(i, Instance::impliedValues);
    }

    private Standing standing(CellRef cell) {
        return standings.computeIfAbsent(cell, c -> {
            int broken = 0;
            int likely = 0;
            int holding = 0;
            BigDecimal value = null;
            boolean agree = true;
            for (Instance i : byCell.getOrDefault(c, List.of())) {
                Status s = status.get(i);
                if (s == Status.BROKEN) {
                    broken++;
                    BigDecimal v = unknowns.computeIfAbsent(i, Instance::hasUnknowns) ? null : implied(i).get(c);
                    agree &= v != null && (value == null || value.compareTo(v) == 0);
                    value = v;
                } else if (s == Status.UNDECIDED && likelyBroken.computeIfAbsent(i, Instance::likelyBroken)) {
                    likely++;
                } else if (s == Status.HOLDS && coefficient(i, c) != 0) {
                    holding++;
                }
            }
            return new Standing(broken, agree && broken > 1, likely, holding);
        });
    }

    private int coefficient(Instance i, CellRef cell) {
        return coefficients.computeIfAbsent(i, k -> {
            Map<CellRef, Integer> m = new HashMap<>();
            for (Part p : k.parts()) {
                m.merge(p.cell(), p.sign(), Integer::sum);
            }
            return m;
        }).getOrDefault(cell, 0);
    }

    private Failure blame(Instance i) {
        Map<CellRef, BigDecimal> implied = implied(i);
        CellRef best = null;
        Standing bestStanding = null;
        boolean bestValid = false;
        boolean tie = false;
        for (Part p : i.parts()) {
            if (p.lastYear() || p.value() == null || implied.get(p.cell()) == null || p.cell().equals(best)) {
                continue;
            }
            Standing s = standing(p.cell());
            boolean valid = RuleEvaluation.fits(implied.get(p.cell()), p.cell().column());
            int c = bestStanding == null ? 1 : compare(s, valid, bestStanding, bestValid);
            if (c > 0) {
                best = p.cell();
                bestStanding = s;
                bestValid = valid;
                tie = false;
            } else if (c == 0) {
                tie = true;
            }
        }
        CellRef total = i.statedTotal();
        if (best == null || bestStanding == null) { // set together
            // No known cell of this year can be changed: report on the stated total, without a value.
            return new Failure(i, total, valueOf(i, total), null, 0, 0, true, Map.of());
        }
        if (tie && !best.equals(total)) {
            return new Failure(i, total, valueOf(i, total), implied.get(total), 0, bound(i, total), true, Map.of());
        }
        // A candidate only: settle() keeps it when its value is sound, else moves the finding to the rule.
        return new Failure(i, best, valueOf(i, best), implied.get(best), bestStanding.broken() - 1, bound(i, best),
                false, Map.of());
    }

    /** Positive when the first cell is the likelier culprit, 0 when nothing tells them apart. */
    private static int compare(Standing s, boolean valid, Standing best, boolean bestValid) {
        if (s.broken() != best.broken()) {
            return Integer.compare(s.broken(), best.broken());
        }
        if (s.agree() != best.agree()) {
            return s.agree() ? 1 : -1;
        }
        if (s.likelyBroken() != best.likelyBroken()) {
            return Integer.compare(s.likelyBroken(), best.likelyBroken());
        }
        if (valid != bestValid) {
            return valid ? 1 : -1;
        }
        return Integer.compare(best.holding(), s.holding());
    }

    /** Writing the values makes no rule fail that holds now, nor one that could hold. */
    private boolean safe(Map<CellRef, BigDecimal> values) {
        for (CellRef cell : values.keySet()) {
            for (Instance other : byCell.getOrDefault(cell, List.of())) {
                Status before = status.get(other);
                if (before == Status.BROKEN) {
                    continue;
                }
                Status after = other.statusWith(values);
                if (after == Status.BROKEN || (before == Status.HOLDS && after != Status.HOLDS)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Keeps a candidate cell only when its value is a sound repair, and turns every other finding
     * into one on the rule (its stated total, uncertain, without a fix). Being in the most broken
     * rules is evidence only when the one change repairs them: a sound value fits its column (never
     * "应为 -1" for a count); and with the values all kept candidates propose written (a 总计 column
     * left blank on many rows is repaired by all of them together; a total row left out needs all
     * its cells), every broken rule the cell is in no longer fails, and no rule it is in that holds
     * or could hold fails. Dropping a candidate can undo another's repair, so the test runs until
     * nothing more is dropped. The quick fix writes the value alone when that is safe, or with the
     * value another candidate proposes for a cell of the same sound rule (上年结转 of 自然人 and of
     * 总计 both wrong by the same amount keep their row total only when both change); else none.
     */
    private List<Failure> settle(List<Failure> failures) {
        Map<CellRef, BigDecimal> proposed = new LinkedHashMap<>();
        Set<CellRef> conflicting = new HashSet<>();
        for (Failure f : failures) {
            if (!f.uncertain() && f.implied() != null && RuleEvaluation.fits(f.implied(), f.blamed().column())) {
                BigDecimal old = proposed.putIfAbsent(f.blamed(), f.implied());
                if (old != null && old.compareTo(f.implied()) != 0) {
                    conflicting.add(f.blamed());
                }
            }
        }
        proposed.keySet().removeAll(conflicting);
        Map<CellRef, Map<CellRef, BigDecimal>> fixes = new HashMap<>();
        boolean dropped = true;
        while (dropped) {
            fixes.clear();
            IdentityHashMap<Instance, Status> after = new IdentityHashMap<>();
            List<CellRef> unsound = new ArrayList<>();
            for (Map.Entry<CellRef, BigDecimal> e : proposed.entrySet()) {
                if (sound(e.getKey(), proposed, after)) {
                    fixes.put(e.getKey(), safeFix(e.getKey(), proposed, failures));
                } else {
                    unsound.add(e.getKey());
                }
            }
            proposed.keySet().removeAll(unsound);
            dropped = !unsound.isEmpty();
        }
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            Map<CellRef, BigDecimal> fix = f.uncertain() ? null : fixes.get(f.blamed());
            if (f.uncertain() || fix != null) {
                out.add(fix == null ? f : new Failure(f.instance(), f.blamed(), f.declared(), f.implied(), f.sharedWith(),
                        f.bound(), false, fix));
                continue;
            }
            Instance i = f.instance();
            CellRef total = i.statedTotal();
            out.add(new Failure(i, total, valueOf(i, total), implied(i).get(total), 0, bound(i, total), true, Map.of()));
        }
        return out;
    }

    /**
     * With all the proposed values written, no broken rule the cell is in still fails, and no rule
     * it is in that holds (or could hold) fails.
     */
    private boolean sound(CellRef cell, Map<CellRef, BigDecimal> proposed, Map<Instance, Status> after) {
        for (Instance i : byCell.getOrDefault(cell, List.of())) {
            Status before = status.get(i);
            Status now = after.computeIfAbsent(i, k -> k.statusWith(proposed));
            if (now == Status.BROKEN || (before == Status.HOLDS && now != Status.HOLDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values a quick fix writes for a candidate: its own value when that alone is safe, else
     * paired with another candidate's value for a cell of a rule that holds, when the pair is safe
     * and still repairs the candidate's rules; none when neither is (the candidate is sound only
     * with more of the proposed values written, as a total row left out is).
     */
    private Map<CellRef, BigDecimal> safeFix(CellRef cell, Map<CellRef, BigDecimal> proposed, List<Failure> failures) {
        BigDecimal mine = proposed.get(cell);
        if (safe(Map.of(cell, mine))) {
            return Map.of(cell, mine);
        }
        for (Instance held : byCell.getOrDefault(cell, List.of())) {
            if (status.get(held) != Status.HOLDS) {
                continue;
            }
            for (Part p : held.parts()) {
                BigDecimal other = proposed.get(p.cell());
                if (other == null || p.cell().equals(cell)) {
                    continue;
                }
                Map<CellRef, BigDecimal> tried = new LinkedHashMap<>();
                tried.put(cell, mine);
                tried.put(p.cell(), other);
                if (repairsOwn(cell, tried, failures) && safe(tried)) {
                    return Collections.unmodifiableMap(tried);
                }
            }
        }
        return Map.of();
    }

    /** Every rule whose finding blames the cell no longer fails with these values. */
    private static boolean repairsOwn(CellRef cell, Map<CellRef, BigDecimal> values, List<Failure> failures) {
        for (Failure f : failures) {
            if (f.blamed().equals(cell) && !f.uncertain() && f.instance().statusWith(values) == Status.BROKEN) {
                return false;
            }
        }
        return true;
    }

    /**
     * With unknown cells, the implied value is a bound: the unknowns (not negative, all on one
     * side, or the rule would not be broken) can only move the cell's value one way.
     */
    private static int bound(Instance i, CellRef cell) {
        int unknownSign = 0;
        for (Part p : i.parts()) {
            if (p.value() == null) {
                unknownSign = p.sign();
            }
        }
        if (unknownSign == 0) {
            return 0;
        }
        // residual + k·(x − v) must have the sign that −unknownSign·Σu has: x ≤ implied when
        // the cell and the unknowns are on the same side, x ≥ implied when opposite.
        return unknownSign * i.coefficient(cell) > 0 ? -1 : 1;
    }

    private static @Nullable BigDecimal valueOf(Instance i, CellRef cell) {
        BigDecimal v = null;
        for (Part p : i.parts()) {
            if (p.cell().equals(cell)) {
                v = p.value();
            }
        }
        return v;
    }
}
