package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.rules.RuleEvaluation.CellRef;
import nianbao.core.rules.RuleEvaluation.Failure;
import nianbao.core.rules.RuleEvaluation.Instance;
import nianbao.core.rules.RuleEvaluation.Part;
import nianbao.core.rules.RuleEvaluation.Status;

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
 * cell out: the finding goes on the stated total, marked uncertain, without a fix.
 */
final class Blame {

    private final Map<CellRef, List<Instance>> byCell = new HashMap<>();
    private final Map<Instance, Status> status = new IdentityHashMap<>();
    private final Map<Instance, Map<CellRef, Integer>> coefficients = new IdentityHashMap<>();
    private final Map<CellRef, Standing> standings = new HashMap<>();
    private final Map<Instance, Map<CellRef, BigDecimal>> implied = new IdentityHashMap<>();
    /** Per instance, asked once: a wide rule has thousands of parts, and each of its cells asks. */
    private final Map<Instance, Boolean> likelyBroken = new IdentityHashMap<>();
    private final Map<Instance, Boolean> unknowns = new IdentityHashMap<>();

    private Blame(List<Instance> instances) {
        for (Instance i : instances) {
            status.put(i, i.status());
            for (Part p : i.parts()) {
                List<Instance> list = byCell.computeIfAbsent(p.cell(), k -> new ArrayList<>());
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
        return blame.pairFixes(out);
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
            int c = best == null ? 1 : compare(s, valid, bestStanding, bestValid);
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
        if (best == null) {
            // No known cell of this year can be changed: report on the stated total, without a value.
            return new Failure(i, total, valueOf(i, total), null, 0, 0, true, Map.of());
        }
        if (tie && !best.equals(total)) {
            return new Failure(i, total, valueOf(i, total), implied.get(total), 0, bound(i, total), true, Map.of());
        }
        BigDecimal value = implied.get(best);
        Map<CellRef, BigDecimal> fix = bestValid && safe(Map.of(best, value)) ? Map.of(best, value) : Map.of();
        return new Failure(i, best, valueOf(i, best), value, bestStanding.broken() - 1, bound(i, best), false, fix);
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
                if (after == Status.BROKEN || before == Status.HOLDS && after != Status.HOLDS) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A value that alone would break a sound rule may be safe together with the value another
     * finding proposes for a cell of that rule: 上年结转 of 自然人 and of 总计 both wrong by the
     * same amount keep their row total, and only both changed together keep it.
     */
    private List<Failure> pairFixes(List<Failure> failures) {
        Map<CellRef, BigDecimal> proposed = new LinkedHashMap<>();
        for (Failure f : failures) {
            if (!f.uncertain() && f.implied() != null && f.bound() == 0
                    && RuleEvaluation.fits(f.implied(), f.blamed().column())) {
                BigDecimal old = proposed.putIfAbsent(f.blamed(), f.implied());
                if (old != null && old.compareTo(f.implied()) != 0) {
                    proposed.put(f.blamed(), null);
                }
            }
        }
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            BigDecimal mine = proposed.get(f.blamed());
            if (!f.fix().isEmpty() || mine == null) {
                out.add(f);
                continue;
            }
            Map<CellRef, BigDecimal> pair = null;
            for (Instance held : byCell.getOrDefault(f.blamed(), List.of())) {
                if (status.get(held) != Status.HOLDS || pair != null) {
                    continue;
                }
                for (Part p : held.parts()) {
                    BigDecimal other = proposed.get(p.cell());
                    if (other == null || p.cell().equals(f.blamed())) {
                        continue;
                    }
                    Map<CellRef, BigDecimal> tried = new LinkedHashMap<>();
                    tried.put(f.blamed(), mine);
                    tried.put(p.cell(), other);
                    if (f.instance().statusWith(tried) != Status.BROKEN && safe(tried)) {
                        pair = tried;
                        break;
                    }
                }
            }
            out.add(pair == null ? f : new Failure(f.instance(), f.blamed(), f.declared(), f.implied(), f.sharedWith(),
                    f.bound(), false, java.util.Collections.unmodifiableMap(pair)));
        }
        return out;
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

    private static BigDecimal valueOf(Instance i, CellRef cell) {
        BigDecimal v = null;
        for (Part p : i.parts()) {
            if (p.cell().equals(cell)) {
                v = p.value();
            }
        }
        return v;
    }
}
