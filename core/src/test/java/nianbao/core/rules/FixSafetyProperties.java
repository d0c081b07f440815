package nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.testing.Golden;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On a balanced report with numbers in every table, damaged the way clerks damage tables (a number
 * changed, a row left out, a number left out of a row): no quick fix makes a rule fail that held,
 * and a row left out or a number left out alone brings no rule finding.
 */
class FixSafetyProperties {

    private static final String SOURCE = Golden.read(Golden.RESOURCES.resolve("fixtures/balanced-nonzero.nianbao"));
    private static final Analyzer ANALYZER = new Analyzer();
    /** The lines of tables 三 and 四 that hold a label and numbers. */
    private static final List<Integer> ROWS = valueRows();

    private static List<Integer> valueRows() {
        List<String> lines = SOURCE.lines().toList();
        List<Integer> out = new ArrayList<>();
        boolean in = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("[申请处理]") || l.startsWith("[行政复议和行政诉讼]")) {
                in = true;
            } else if (l.isBlank() || l.startsWith("#")) {
                in = false;
            } else if (in) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * One damage: a number changed by delta (0), a row dropped (1), one number of a row dropped
     * (2), or delta moved from one number of a row to the next (3: the row total still holds,
     * only the column sums fail).
     */
    record Damage(int kind, int row, int cell, int delta) {

        String apply(List<String> lines) {
            int line = ROWS.get(row % ROWS.size());
            String[] words = lines.get(line).trim().split("\\s+");
            List<String> w = new ArrayList<>(List.of(words));
            if (w.size() < 2) {
                return null;
            }
            int at = 1 + cell % (w.size() - 1);
            switch (kind) {
                case 0 -> w.set(at, String.valueOf(Math.max(0, Integer.parseInt(w.get(at)) + delta)));
                case 1 -> w.clear();
                case 2 -> w.remove(at);
                default -> {
                    int next = at + 1 < w.size() ? at + 1 : 1;
                    int moved = Math.min(Math.abs(delta), Integer.parseInt(w.get(at)));
                    w.set(at, String.valueOf(Integer.parseInt(w.get(at)) - moved));
                    w.set(next, String.valueOf(Integer.parseInt(w.get(next)) + moved));
                }
            }
            lines.set(line, String.join("  ", w));
            return null;
        }
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<Damage> one = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(-3, 3).filter(d -> d != 0)).as(Damage::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    private static String damaged(List<Damage> damages) {
        List<String> lines = new ArrayList<>(SOURCE.lines().toList());
        for (Damage d : damages) {
            d.apply(lines);
        }
        return String.join("\n", lines) + "\n";
    }

    private record Key(String rule, String table, String row, String column) {
        static Key of(RuleEvaluation.Instance i) {
            return new Key(i.rule().id(), i.table().def().id(), i.row() == null ? null : i.row().id(),
                    i.column() == null ? null : i.column().id());
        }
    }

    @Property
    void noFixBreaksARuleThatHolds(@ForAll("damages") List<Damage> damages) {
        String text = damaged(damages);
        Analysis a = ANALYZER.analyze(text);
        Set<Key> held = new HashSet<>();
        a.rules().instances().stream().filter(RuleEvaluation.Instance::holds).forEach(i -> held.add(Key.of(i)));
        for (Diagnostic d : a.diagnostics()) {
            if (!d.id().startsWith("balance.") && !d.id().equals("row.ragged")) {
                continue;
            }
            for (Diagnostic.Fix f : d.fixes()) {
                Analysis after = ANALYZER.analyze(RuleBlameTest.applyFix(text, a.syntax().source(), f));
                for (RuleEvaluation.Instance i : after.rules().instances()) {
                    if (held.contains(Key.of(i))) {
                        assertTrue(i.holds(), () -> "“" + f.title() + "” (" + d.message() + ") breaks " + Key.of(i)
                                + " in\n" + text);
                    }
                }
            }
        }
    }

    /** Rows and numbers left out, nothing changed: only row.missing / row.ragged, no rule finding. */
    @Property
    void somethingLeftOutAloneBringsNoRuleFinding(@ForAll("damages") List<Damage> damages) {
        List<Damage> leftOut = damages.stream().map(d -> new Damage(d.kind() == 0 || d.kind() == 3 ? 2 : d.kind(), d.row(), d.cell(), d.delta()))
                .toList();
        String text = damaged(leftOut);
        Analysis a = ANALYZER.analyze(text);
        List<String> ids = a.diagnostics().stream().map(Diagnostic::id)
                .filter(id -> id.startsWith("balance.") || id.startsWith("carry.")).toList();
        assertEquals(List.of(), ids, () -> a.diagnostics() + "\n" + text);
    }
}
