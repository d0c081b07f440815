package nianbao.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.features.Completion;
import nianbao.core.features.CompletionItem;
import nianbao.core.features.Formatter;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.syntax.Position;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.ReportSyntaxParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core pipeline and features, each on the example report and on 10× and 100× versions of
 * it (see {@link Reports#scaled}). Sampled times per operation, so that the table can show
 * the median, 90th percentile and maximum, like the LSP figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoreBenchmarks {

    @Param({"1", "10", "100"})
    public int scale;

    private String text;
    private Analyzer analyzer;
    private Analysis analysis;
    private Position caret;

    @Setup(Level.Trial)
    public void setUp() {
        text = Reports.scaled(scale);
        analyzer = new Analyzer();
        analysis = analyzer.analyze(text);
        if (!analysis.diagnostics().isEmpty()) {
            throw new IllegalStateException("the " + scale + "× report has diagnostics: " + analysis.diagnostics());
        }
        // In the label of a row of the application table, as a clerk retyping a row name.
        caret = new Position(Reports.lineStarting(text, "国家秘密"), 2);
        if (Completion.at(analysis, caret).isEmpty()) {
            throw new IllegalStateException("no completion at the table row");
        }
    }

    @Benchmark
    public ReportSyntax parse() {
        return ReportSyntaxParser.parse(text);
    }

    @Benchmark
    public Analysis check() {
        return analyzer.analyze(text);
    }

    @Benchmark
    public List<Diagnostic.Edit> format() {
        return Formatter.format(analysis);
    }

    @Benchmark
    public List<CompletionItem> completion() {
        return Completion.at(analysis, caret);
    }

    @Benchmark
    public String html() {
        return HtmlOutput.render(analysis);
    }

    @Benchmark
    public String json() {
        return JsonOutput.render(analysis);
    }
}
