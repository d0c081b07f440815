package nianbao.core.robustness;

import static nianbao.core.robustness.Documents.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.core.Analysis;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.features.Formatter;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each corpus file gives exactly its expected diagnostics, and every stage survives it. */
class CorpusTest {

    private static final ReportFiles FILES = new ReportFiles(Corpus.dir(), List.of(), CheckOptions.DEFAULT);

    static Analysis analyze(Path file, String text) {
        return guarded(() -> {
            Analysis a = FILES.analyze(file, text);
            Documents.assertDiagnosticsInside(a.syntax().source(), a.diagnostics());
            String formatted = Documents.apply(text, Formatter.format(a));
            assertEquals(Documents.withoutSpacing(text), Documents.withoutSpacing(formatted));
            JsonOutput.render(a);
            HtmlSafety.assertSafe(org.jsoup.Jsoup.parse(HtmlOutput.render(a)));
            return a;
        });
    }

    @TestFactory
    Stream<DynamicTest> everyFileGivesItsExpectedDiagnostics() {
        List<Path> files = Corpus.files();
        assertTrue(files.size() >= 25, "the corpus holds " + files.size() + " files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Analysis a = analyze(f, Corpus.read(f));
            Golden.assertMatches(Corpus.expected(f), Corpus.render(a.diagnostics()));
        }));
    }

    /** Ten megabytes of report: the example with its last section grown by 100,000 paragraphs. */
    static String tenMegabytes() {
        String example = ExampleFiles.read("guanghua-2021.nianbao");
        StringBuilder sb = new StringBuilder(example.stripTrailing()).append('\n');
        long bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (int n = 0; bytes < 10_000_000; n++) {
            String paragraph = "本镇继续做好政府信息公开工作，及时回应社会关切，接受群众监督。编号" + n + "号。\n";
            sb.append(paragraph);
            bytes += paragraph.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }

    /** A line of one megabyte (UTF-8) in section 一. */
    static String oneMegabyteLine() {
        String example = ExampleFiles.read("guanghua-2021.nianbao");
        String line = "我镇扎实推进政务公开" .repeat(1_000_000 / 30 + 1);
        return example.replace("\n# 一、总体情况\n", "\n# 一、总体情况\n" + line + "\n");
    }

    @Test
    void aTenMegabyteReportIsCheckedWhole() {
        String text = tenMegabytes();
        assertTrue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 10_000_000);
        Analysis a = analyze(ExampleFiles.path("guanghua-2021.nianbao"), text);
        assertEquals(List.of(), a.diagnostics());
        assertTrue(JsonOutput.render(a).contains("编号99号"));
    }

    @Test
    void aLineOfOneMegabyteIsCheckedWhole() {
        String text = oneMegabyteLine();
        Analysis a = analyze(ExampleFiles.path("guanghua-2021.nianbao"), text);
        assertEquals(List.of(), a.diagnostics());
    }
}
