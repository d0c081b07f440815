package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.TemplateResolver;
import nianbao.core.testing.Golden;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntaxParser;
import org.junit.jupiter.api.Test;

/** A check that throws costs only its own findings: the others still report, and one error names it. */
class CheckIsolationTest {

    /** Reports one finding, then fails half-way, as a faulty check would. */
    private static final class ThrowingCheck extends BaseCheck {
        ThrowingCheck() {
            super("test.throws", Severity.ERROR, "Throws after reporting one finding.");
        }

        @Override
        public void run(CheckContext context) {
            context.report(Range.of(1, 0, 1, 1), "半成品");
            throw new IllegalStateException("boom");
        }
    }

    private static final class RecursingCheck extends BaseCheck {
        RecursingCheck() {
            super("test.recurses", Severity.ERROR, "Overflows the stack.");
        }

        @Override
        @SuppressWarnings("InfiniteRecursion") // on purpose: a check that overflows the stack is isolated too
        public void run(CheckContext context) {
            run(context);
        }
    }

    @Test
    void aThrowingCheckLeavesOneInternalErrorAndTheOtherChecksStillReport() {
        // A report with an unbalanced total: the template rules report it whatever else fails.
        String text = Golden.read(CheckFixture.ROOT.resolve("balance.row-total").resolve("fires.nianbao"));
        Report report = ReportBinder.bind(ReportSyntaxParser.parse(text), TemplateResolver.builtIn()).report();
        RuleEvaluation rules = RuleEvaluation.of(report, null);
        PreviousReports.Lookup previous = PreviousReports.none().find(report);
        Diagnostics alone = new Diagnostics();
        Checks.run(Checks.all(), report, rules, previous, CheckOptions.DEFAULT, alone);
        List<Diagnostic> expected = alone.sorted();
        assertTrue(expected.stream().anyMatch(d -> d.id().equals("balance.row-total")), "the fixture fires");

        List<Check> withFaults = new ArrayList<>();
        withFaults.add(new ThrowingCheck());
        withFaults.addAll(Checks.all());
        withFaults.add(new RecursingCheck());
        Diagnostics sink = new Diagnostics();
        Checks.run(withFaults, report, rules, previous, CheckOptions.DEFAULT, sink);

        List<Diagnostic> failures = sink.sorted().stream().filter(d -> d.id().equals(CheckFailure.ID)).toList();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).message().contains("test.") && failures.get(1).message().contains("test."));
        assertTrue(failures.stream().anyMatch(d -> d.message().contains("IllegalStateException")));
        assertTrue(failures.stream().anyMatch(d -> d.message().contains("StackOverflowError")));
        assertTrue(failures.stream().allMatch(d -> d.severity() == Severity.ERROR));
        List<Diagnostic> rest = sink.sorted().stream().filter(d -> !d.id().equals(CheckFailure.ID)).toList();
        assertEquals(expected, rest, "every other finding is kept, and the half-made one is not");
    }
}
