package nianbao.core;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Report;
import nianbao.core.rules.RuleEvaluation;
import nianbao.syntax.ReportSyntax;

/**
 * Everything known about one version of a report: its syntax tree, the bound model, the rule
 * evaluation and the findings. The CLI and the language server both read this.
 */
public record Analysis(ReportSyntax syntax, Report report, RuleEvaluation rules, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
