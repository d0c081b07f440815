package nianbao.core;

import nianbao.core.check.CheckOptions;
import java.util.List;
import nianbao.core.check.Checks;
import nianbao.core.check.Dismissals;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.ReportBinder;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.ReportSyntaxParser;

/** Parses, binds and checks a report: the single entry point of the pipeline. */
public final class Analyzer {

    private final TemplateResolver resolver;
    private final CheckOptions options;

    public TemplateResolver resolver() {
        return resolver;
    }

    public Analyzer(TemplateResolver resolver, CheckOptions options) {
        this.resolver = resolver;
        this.options = options;
    }

    /** An analyzer with the built-in templates and default options. */
    public Analyzer() {
        this(TemplateResolver.builtIn(), CheckOptions.DEFAULT);
    }

    public Analysis analyze(String text) {
        return analyze(text, PreviousReports.none());
    }

    /** Analyzes a report, with last year's report (when found) for the cross-year rules. */
    public Analysis analyze(String text, PreviousReports previousReports) {
        ReportSyntax syntax = ReportSyntaxParser.parse(text);
        ReportBinder.Bound bound = ReportBinder.bind(syntax, resolver);
        PreviousReports.Lookup previous = previousReports.find(bound.report());
        RuleEvaluation rules = RuleEvaluation.of(bound.report(), previous.report());
        Diagnostics sink = new Diagnostics();
        if (bound.resolution() != null) {
            for (Diagnostic d : bound.resolution().problems()) {
                sink.add(d.file() != null ? d : new Diagnostic(d.id(), d.severity(), d.range(), d.message(), d.fixes(),
                        bound.report().template().source()));
            }
        }
        Checks.run(bound.report(), rules, previous, options, sink);
        List<Diagnostic> all = Dismissals.apply(bound.report(), sink.sorted());
        Diagnostics active = new Diagnostics();
        Diagnostics dismissed = new Diagnostics();
        for (Diagnostic d : all) {
            (d.dismissal() == null ? active : dismissed).add(d);
        }
        return new Analysis(syntax, bound.report(), rules, active.sorted(), dismissed.sorted(), previous);
    }
}
