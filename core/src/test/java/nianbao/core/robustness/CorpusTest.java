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
            String document = text.startsWith("\uFEFF") ? text.substring(1) : text; // as editors hold it
            String formatted = Documents.apply(document, Formatter.format(a));
            assertEquals(Documents.withoutSpacing(document), Documents.withoutSpacing(formatted));
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

    static String tenMegabytes() {
        return Corpus.tenMegabytes(ExampleFiles.read("guanghua-2021.nianbao"));
    }

    static String oneMegabyteLine() {
        return Corpus.oneMegabyteLine(ExampleFiles.read("guanghua-2021.nianbao"));
    }

    @Test
    void aTenMegabyteReportIsCheckedWhole() {
        String text = tenMegabytes();
        assertTrue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 10_000_000);
        Analysis a = analyze(ExampleFiles.path("guanghua-2021.nianbao"), text);
        assertEquals(List.of(), a.diagnostics());
        assertTrue(JsonOutput.render(a).contains("编号99号"));
    }

    /** A line of one megabyte in every place a line can be: each finishes, with its diagnostics inside the text. */
    @TestFactory
    Stream<DynamicTest> aLineOfOneMegabyteAnywhereFinishes() {
        String example = ExampleFiles.read("guanghua-2021.nianbao");
        String row = "本年新收        -       -         -         -             -             -     0";
        String digits = "7".repeat(1_000_000);
        String names = "自然人 ".repeat(200_000);
        String numbers = " 1".repeat(400_000);
        String label = "本年新收".repeat(90_000);
        return Stream.of(
                new String[] {"a number of a million digits", example.replace(row, "本年新收  " + digits + "  0  0  0  0  0  " + digits)},
                new String[] {"a row of 400,000 numbers", example.replace(row, "本年新收" + numbers)},
                new String[] {"a row label of a megabyte", example.replace(row, label + "  1  0  0  0  0  0  1")},
                new String[] {"a table head of 200,000 names", example.replace("[申请处理]    自然人", "[申请处理]    " + names + "自然人")},
                new String[] {"a heading of a megabyte", example.replace("# 六、其他需要报告的事项", "# 六、" + label)},
                new String[] {"a header value of a megabyte", example.replace("机关：光华镇人民政府", "机关：" + label)},
                new String[] {"a year of a million digits", example.replace("年度：2021", "年度：" + digits)},
                new String[] {"a figure of a million digits in prose", example.replace("\n无", "\n收到政府信息公开申请" + digits + "件")},
                new String[] {"a comment of a megabyte", example.replace("\n无", "\n无\n// " + label)})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> analyze(ExampleFiles.path("guanghua-2021.nianbao"), c[1])));
    }

    @Test
    void aLineOfOneMegabyteIsCheckedWhole() {
        String text = oneMegabyteLine();
        Analysis a = analyze(ExampleFiles.path("guanghua-2021.nianbao"), text);
        assertEquals(List.of(), a.diagnostics());
    }
}
