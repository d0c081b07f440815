package nianbao.core.robustness;

import static nianbao.core.robustness.Documents.assertDiagnosticsInside;
import static nianbao.core.robustness.Documents.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.features.Formatter;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.syntax.ReportSyntaxParser;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a clerk does to the example report, every stage of the pipeline finishes without an
 * exception and keeps its promises about positions, formatting and output.
 */
class DamagedReportProperties {

    private static final String EXAMPLE = ExampleFiles.read("guanghua-2021.nianbao");
    private static final Analyzer ANALYZER = new Analyzer();

    @Provide
    Arbitrary<String> damaged() {
        return RandomEdits.damaged(EXAMPLE);
    }

    /** Parse, check, format and compile never throw, and every finding lies inside the text. */
    @Property
    void everyStageFinishesAndStaysInside(@ForAll("damaged") String text) {
        guarded(() -> {
            Analysis a = ANALYZER.analyze(text);
            var source = a.syntax().source();
            assertDiagnosticsInside(source, a.diagnostics());
            assertDiagnosticsInside(source, a.dismissed());
            for (Diagnostic.Edit e : Formatter.format(a)) {
                Documents.assertInside(source, e.range(), () -> "format edit " + e.range());
            }
            JsonOutput.render(a);
            HtmlOutput.render(a);
            return a;
        });
    }

    /**
     * Formatting keeps every character but spacing, in order, and formats to itself. A leading BOM
     * is not part of the document (editors hold the text without it): edits apply after it.
     */
    @Property
    void formattingIsIdempotentAndKeepsTheText(@ForAll("damaged") String damaged) {
        String text = damaged.startsWith("\uFEFF") ? damaged.substring(1) : damaged;
        guarded(() -> {
            String once = Documents.apply(text, Formatter.format(ReportSyntaxParser.parse(text), null));
            assertEquals(Documents.withoutSpacing(text), Documents.withoutSpacing(once), "characters changed");
            List<Diagnostic.Edit> again = Formatter.format(ReportSyntaxParser.parse(once), null);
            assertEquals(once, Documents.apply(once, again), () -> "second format changed the text: " + again);
            return once;
        });
    }

    /** The JSON a damaged report compiles to parses back to the very same values. */
    @Property
    void jsonParsesBackToTheSameValues(@ForAll("damaged") String text) {
        guarded(() -> {
            Analysis a = ANALYZER.analyze(text);
            JsonElement parsed = JsonParser.parseString(JsonOutput.render(a));
            assertEquals(JsonOutput.document(a), parsed);
            return parsed;
        });
    }
}
