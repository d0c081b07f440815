package nianbao.core;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.Report;
import nianbao.core.rules.RuleEvaluation;
import nianbao.syntax.ReportSyntax;

/**
 * Everything known about one version of a report: its syntax tree, the bound model, the rule
 * evaluation and the findings. The CLI and the language server both read this.
 *
 * @param diagnostics the findings in force, in document order
 * @param dismissed   the findings a {@code // 忽略} comment dismissed, with their reasons
 * @param previous    last year's report as found for the cross-year rules (hover shows its values)
 */
public record Analysis(ReportSyntax syntax, Report report, RuleEvaluation rules, List<Diagnostic> diagnostics,
        List<Diagnostic> dismissed, PreviousReports.Lookup previous) {

    /** An analysis without last year's report. */
    public Analysis(ReportSyntax syntax, Report report, RuleEvaluation rules, List<Diagnostic> diagnostics,
            List<Diagnostic> dismissed) {
        this(syntax, report, rules, diagnostics, dismissed, PreviousReports.Lookup.NONE);
    }

    public Analysis(ReportSyntax syntax, Report report, RuleEvaluation rules, List<Diagnostic> diagnostics) {
        this(syntax, report, rules, diagnostics, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
