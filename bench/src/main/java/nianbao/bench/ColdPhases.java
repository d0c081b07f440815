package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.check.CheckOptions;
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

/**
 * One check of a report in a fresh JVM, phase by phase, the way {@code Analyzer.analyze} runs
 * them (the template first, so that its cost is not hidden in binding). Prints one line of
 * {@code phase=nanoseconds} pairs; {@link CliBench} runs it as a process many times and reports
 * each phase's median. Where a cold check spends its time, which a warm benchmark cannot show.
 *
 * <p>Usage: {@code java -cp nianbao-bench.jar nianbao.bench.ColdPhases REPORT}
 */
public final class ColdPhases {

    static final String[] PHASES = {"read", "template", "parse", "bind", "rules", "checks", "sort"};

    private ColdPhases() {
    }

    public static void main(String[] args) throws IOException {
        long[] at = new long[PHASES.length + 1];
        int i = 0;
        at[i++] = System.nanoTime();
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        at[i++] = System.nanoTime();
        TemplateResolver resolver = TemplateResolver.builtIn();
        resolver.resolve("national-2021");
        at[i++] = System.nanoTime();
        ReportSyntax syntax = ReportSyntaxParser.parse(text);
        at[i++] = System.nanoTime();
        ReportBinder.Bound bound = ReportBinder.bind(syntax, resolver);
        at[i++] = System.nanoTime();
        PreviousReports.Lookup previous = PreviousReports.none().find(bound.report());
        RuleEvaluation rules = RuleEvaluation.of(bound.report(), previous.report());
        at[i++] = System.nanoTime();
        Diagnostics sink = new Diagnostics();
        Checks.run(bound.report(), rules, previous, CheckOptions.DEFAULT, sink);
        at[i++] = System.nanoTime();
        List<Diagnostic> all = Dismissals.apply(bound.report(), sink.sorted());
        at[i] = System.nanoTime();
        StringBuilder line = new StringBuilder();
        for (int p = 0; p < PHASES.length; p++) {
            line.append(p == 0 ? "" : " ").append(PHASES[p]).append('=').append(at[p + 1] - at[p]);
        }
        System.out.println(line.append(" findings=").append(all.size()));
    }
}
