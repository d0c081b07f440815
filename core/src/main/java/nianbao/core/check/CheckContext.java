package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.Report;
import nianbao.core.rules.RuleEvaluation;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/** What a check reads (the bound report, the rule evaluation) and where it reports. */
public final class CheckContext {

    private final Report report;
    private final RuleEvaluation rules;
    private final PreviousReports.Lookup previous;
    private final CheckOptions options;
    private final Diagnostics sink;
    private @Nullable Check current;
    /** The running check's findings, handed to the sink only when it finishes without throwing. */
    private final List<Diagnostic> pending = new ArrayList<>();

    CheckContext(Report report, RuleEvaluation rules, PreviousReports.Lookup previous, CheckOptions options,
            Diagnostics sink) {
        this.report = report;
        this.rules = rules;
        this.previous = previous;
        this.options = options;
        this.sink = sink;
    }

    public Report report() {
        return report;
    }

    public RuleEvaluation rules() {
        return rules;
    }

    /** Last year's report, as found (or not) for the cross-year rules. */
    public PreviousReports.Lookup previous() {
        return previous;
    }

    public CheckOptions options() {
        return options;
    }

    void enter(Check check) {
        current = check;
        pending.clear();
    }

    void commit() {
        for (Diagnostic d : pending) {
            sink.add(d);
        }
        pending.clear();
    }

    void discard() {
        pending.clear();
    }

    /** Reports a finding of the running check. */
    public void report(Range range, String message) {
        report(range, message, List.of());
    }

    public void report(Range range, String message, List<Diagnostic.Fix> fixes) {
        Check running = Objects.requireNonNull(current, "a finding is reported by the running check");
        pending.add(new Diagnostic(running.id(), running.severity(), range, message, fixes, null));
    }

    /** Reports a finding under another id (the template's rules carry their own ids). */
    public void report(String id, Severity severity, Range range, String message, List<Diagnostic.Fix> fixes) {
        pending.add(new Diagnostic(id, severity, range, message, fixes, null));
    }
}
