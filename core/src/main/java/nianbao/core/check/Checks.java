package nianbao.core.check;

import java.util.List;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.Report;
import nianbao.core.rules.RuleEvaluation;

/** Every check, in the order they run; docs/checks.md lists the same ids (a test keeps them in step). */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new SyntaxErrorCheck(),
            new MissingHeaderFieldCheck(),
            new UnknownHeaderFieldCheck(),
            new DuplicateHeaderFieldCheck(),
            new InvalidYearCheck(),
            new UnknownTemplateCheck(),
            new TemplateYearCheck(),
            new TitleYearCheck(),
            new PreviousReportCheck(),
            new ContentOutsideSectionCheck(),
            new UnknownSectionCheck(),
            new DuplicateSectionCheck(),
            new SectionOrderCheck(),
            new MissingSectionCheck(),
            new EmptySectionCheck(),
            new UnknownTableCheck(),
            new MisplacedTableCheck(),
            new DuplicateTableCheck(),
            new MissingTableCheck(),
            new EmptyTableCheck(),
            new UnknownColumnCheck(),
            new DuplicateColumnCheck(),
            new MissingColumnCheck(),
            new UnknownRowCheck(),
            new DuplicateRowCheck(),
            new MissingRowCheck(),
            new HeadingRowValuesCheck(),
            new RaggedRowCheck(),
            new RestLineCheck(),
            new NotANumberCheck(),
            new NegativeValueCheck(),
            new NotIntegerCheck(),
            new TooLargeCheck(),
            new FullWidthDigitsCheck(),
            new BlankCellsCheck(),
            new TemplateRulesCheck(),
            new OutdatedFormatCheck(),
            new ZeroExpectationCheck(),
            new StatisticsPeriodCheck(),
            new ProseFigureCheck(),
            new SectionLengthCheck(),
            new RequiredStatementCheck());

    private Checks() {
    }

    public static List<Check> all() {
        return ALL;
    }

    /** Runs every check on a bound report. */
    public static void run(Report report, RuleEvaluation rules, PreviousReports.Lookup previous, CheckOptions options,
            Diagnostics sink) {
        run(ALL, report, rules, previous, options, sink);
    }

    /**
     * Runs the given checks, each isolated from the others: a check that throws loses only its own
     * findings (they may be half made) and leaves one {@link CheckFailure#ID} error naming it, so one
     * faulty check never costs the clerk every other finding of the document.
     */
    static void run(List<Check> checks, Report report, RuleEvaluation rules, PreviousReports.Lookup previous,
            CheckOptions options, Diagnostics sink) {
        CheckContext ctx = new CheckContext(report, rules, previous, options, sink);
        for (Check check : checks) {
            ctx.enter(check);
            try {
                check.run(ctx);
                ctx.commit();
            } catch (RuntimeException | StackOverflowError e) {
                ctx.discard();
                sink.add(CheckFailure.diagnostic(check, e));
            }
        }
    }
}
