package nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;
import nianbao.core.testing.Golden;
import nianbao.syntax.Range;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * When one number of a balanced report is changed, exactly the rules over that cell fire,
 * nothing else does, and when several fire they all point at that cell and say it is the likely
 * wrong one.
 *
 * <p>Every value cell of the tables that have rules is tried, one dynamic test each: the domain
 * is small and finite, so enumerating it is complete and deterministic, where sampling (jqwik)
 * would only try part of it and add a dependency.
 */
class RuleBlameTest {

    private static final String SOURCE = Golden.read(Golden.RESOURCES.resolve("fixtures/balanced-nonzero.nianbao"));
    private static final Analysis BALANCED = new Analyzer().analyze(SOURCE);
    /** The example: every number 0, most cells blank ('-' becomes 1). */
    private static final String EXAMPLE = Golden.read(java.nio.file.Path.of("..", "examples", "guanghua-2021.nianbao"));

    /** What a rule instance is, independent of the analysis it came from. */
    private record InstanceKey(String rule, String table, String row, String column) {
        static InstanceKey of(RuleEvaluation.Instance i) {
            return new InstanceKey(i.rule().id(), i.table().def().id(), i.row() == null ? null : i.row().id(),
                    i.column() == null ? null : i.column().id());
        }
    }

    @Test
    void theBalancedReportHasNoDiagnosticsAndNumbersInEveryTable() {
        assertEquals(List.of(), BALANCED.diagnostics());
        for (ReportTable t : BALANCED.report().tables()) {
            assertTrue(t.rows().stream().flatMap(r -> r.cells().stream())
                    .anyMatch(c -> c.value().isNumber() && c.value().number().signum() > 0), t.def().label());
        }
    }

    @TestFactory
    Stream<DynamicTest> changingOneCellFiresExactlyTheRulesOverIt() {
        return cellChanges(SOURCE);
    }

    @TestFactory
    Stream<DynamicTest> changingOneCellOfTheExampleFiresExactlyTheRulesOverIt() {
        return cellChanges(EXAMPLE);
    }

    private static Stream<DynamicTest> cellChanges(String source) {
        Analysis balanced = new Analyzer().analyze(source);
        assertEquals(List.of(), balanced.diagnostics());
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportTable table : balanced.report().tables()) {
            // Tables whose rules are evaluated here; cross-year rules need last year's report.
            if (table.def().rules().stream().allMatch(RuleDef::crossYear)) {
                continue;
            }
            for (RowDef row : table.def().valueRows()) {
                for (ColumnDef column : table.def().columns()) {
                    ReportRow written = table.rowsByDef().get(row);
                    Cell cell = table.cell(written, column);
                    String name = table.def().label() + " / " + row.label() + " / " + column.label() + " "
                            + cell.word().text() + "+1";
                    tests.add(DynamicTest.dynamicTest(name, () -> changeOne(source, balanced, table, row, column, cell)));
                }
            }
        }
        assertTrue(tests.size() >= 25 * 7 + 3 * 5, "every value cell of tables 三 and 四 is tried");
        return tests.stream();
    }

    private static void changeOne(String source, Analysis balanced, ReportTable table, RowDef row, ColumnDef column,
            Cell cell) {
        RuleEvaluation.CellRef ref = new RuleEvaluation.CellRef(table, row, column);
        List<InstanceKey> expected = balanced.rules().instancesOf(ref).stream()
                .filter(i -> coefficient(i, ref) != 0)
                .map(InstanceKey::of).sorted(java.util.Comparator.comparing(InstanceKey::toString)).toList();
        assertTrue(!expected.isEmpty(), "every cell of a table with rules is in some rule");

        BigDecimal old = cell.value().forRules();
        String changed = old.add(BigDecimal.ONE).toPlainString();
        SourceText text0 = balanced.syntax().source();
        Range at = cell.word().range();
        String text = source.substring(0, text0.offset(at.start())) + changed + source.substring(text0.offset(at.end()));
        Range changedAt = new Range(at.start(), new nianbao.syntax.Position(at.start().line(),
                at.start().character() + changed.length()));

        Analysis analysis = new Analyzer().analyze(text);
        List<RuleEvaluation.Failure> failures = analysis.rules().failures();

        // (a) exactly the rules over that cell fail
        assertEquals(expected, failures.stream().map(f -> InstanceKey.of(f.instance()))
                .sorted(java.util.Comparator.comparing(InstanceKey::toString)).toList());
        // (b) nothing else is reported: one diagnostic per failure, under the rule's id. The one
        // exception is prose that states the changed figure, which rightly no longer agrees.
        List<Diagnostic> reported = analysis.diagnostics().stream()
                .filter(d -> !d.id().equals("prose.table-mismatch")).toList();
        assertEquals(expected.stream().map(InstanceKey::rule).sorted().toList(),
                reported.stream().map(Diagnostic::id).sorted().toList(), () -> analysis.diagnostics().toString());
        // (c) several failures all point at the changed cell and say it is likely the wrong one
        if (expected.size() > 1) {
            for (RuleEvaluation.Failure f : failures) {
                assertEquals(row, f.blamed().row());
                assertEquals(column, f.blamed().column());
                assertEquals(new BigDecimal(changed), f.declared());
                assertEquals(0, old.compareTo(f.implied()));
            }
            for (Diagnostic d : reported) {
                assertEquals(changedAt, d.range(), d.message());
                assertTrue(d.message().contains("最可能是它填错了"), d.message());
                assertTrue(d.message().startsWith(TemplateRulesCheckCellName.of(row, column) + "填写 " + changed
                        + "，应为 " + old.toPlainString() + "（相差 1）："), d.message());
            }
        } else {
            assertTrue(analysis.diagnostics().stream().noneMatch(d -> d.message().contains("最可能是它填错了")));
        }
        fixesBreakNoSoundRule(text, analysis);
    }

    /**
     * Applying any quick fix of a rule finding makes no rule fail that held before it (a fix that
     * repairs one sum by breaking another is worse than none). Fixes of the rule findings only:
     * the prose fix rewrites prose.
     */
    private static void fixesBreakNoSoundRule(String text, Analysis analysis) {
        SourceText source = analysis.syntax().source();
        java.util.Set<InstanceKey> held = new java.util.HashSet<>();
        for (RuleEvaluation.Instance i : analysis.rules().instances()) {
            if (i.holds()) {
                held.add(InstanceKey.of(i));
            }
        }
        for (Diagnostic d : analysis.diagnostics()) {
            if (d.id().equals("prose.table-mismatch")) {
                continue;
            }
            for (Diagnostic.Fix f : d.fixes()) {
                Analysis after = new Analyzer().analyze(applyFix(text, source, f));
                for (RuleEvaluation.Instance i : after.rules().instances()) {
                    if (held.contains(InstanceKey.of(i))) {
                        assertTrue(i.holds(), () -> "the fix “" + f.title() + "” of “" + d.message() + "” breaks "
                                + InstanceKey.of(i));
                    }
                }
            }
        }
    }

    /** The text with a fix's edits made (from the last one back, so that earlier offsets hold). */
    static String applyFix(String text, SourceText source, Diagnostic.Fix fix) {
        List<Diagnostic.Edit> edits = new ArrayList<>(fix.edits());
        edits.sort((a, b) -> b.range().start().compareTo(a.range().start()));
        String out = text;
        for (Diagnostic.Edit e : edits) {
            out = out.substring(0, source.offset(e.range().start())) + e.newText() + out.substring(source.offset(e.range().end()));
        }
        return out;
    }

    /** The cell as the rule messages name it. */
    private static final class TemplateRulesCheckCellName {
        static String of(RowDef row, ColumnDef column) {
            return "“" + row.shortName() + "”的“" + column.shortName() + "”";
        }
    }

    private static int coefficient(RuleEvaluation.Instance instance, RuleEvaluation.CellRef cell) {
        return instance.parts().stream().filter(p -> Objects.equals(p.cell(), cell)).mapToInt(RuleEvaluation.Part::sign).sum();
    }
}
