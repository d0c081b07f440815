package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.FilePreviousReports;
import nianbao.core.template.FileTemplateResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossYearRulesTest {

    @TempDir
    Path dir;

    private Analysis analyze(Path file) throws Exception {
        var resolver = new FileTemplateResolver(file.getParent(), dir, List.of());
        return new Analyzer(resolver, CheckOptions.DEFAULT)
                .analyze(Files.readString(file), new FilePreviousReports(file, dir, resolver));
    }

    private Path copyExamples(String thisYear) throws Exception {
        for (String name : List.of("yunxi-2020.nianbao", "qingshan-county.nbt")) {
            Files.copy(ExampleFiles.path(name), dir.resolve(name));
        }
        Path file = dir.resolve("yunxi-2021.nianbao");
        Files.writeString(file, thisYear);
        return file;
    }

    @Test
    void carriedOverMatchesLastYearSoNothingFires() throws Exception {
        Analysis a = analyze(copyExamples(ExampleFiles.read("yunxi-2021.nianbao")));
        assertEquals(List.of(), a.diagnostics());
        assertTrue(a.rules().instances().stream().anyMatch(i -> i.rule().id().equals("carry.applications")),
                "the cross-year rule was evaluated against last year's report");
    }

    @Test
    void aCarriedOverValueThatDiffersFromLastYearFires() throws Exception {
        // 上年结转 of 自然人 and 总计 become 2 while last year carried 1 forward.
        String text = ExampleFiles.read("yunxi-2021.nianbao").replace(
                "上年结转        1       0         0         0             0             0     1",
                "上年结转        2       0         0         0             0             0     2");
        Analysis a = analyze(copyExamples(text));
        List<Diagnostic> carry = a.diagnostics().stream().filter(d -> d.id().equals("carry.applications")).toList();
        assertEquals(2, carry.size());
        assertTrue(carry.get(0).message().contains("填写 2") && carry.get(0).message().contains("应为 1"), carry.get(0).message());
        assertEquals("1", carry.get(0).fixes().get(0).edits().get(0).newText());
    }

    @Test
    void aPreviousReportNamedButMissingIsAWarningAndRulesAreSkipped() throws Exception {
        String text = ExampleFiles.read("yunxi-2021.nianbao").replace("上年报告：yunxi-2020.nianbao", "上年报告：gone.nianbao");
        Files.copy(ExampleFiles.path("qingshan-county.nbt"), dir.resolve("qingshan-county.nbt"));
        Path file = dir.resolve("yunxi-2021.nianbao");
        Files.writeString(file, text);
        Analysis a = analyze(file);
        assertEquals(List.of("header.previous-report"), a.diagnostics().stream().map(Diagnostic::id).toList());
        assertTrue(a.rules().instances().stream().noneMatch(i -> i.rule().crossYear()));
    }

    @Test
    void lastYearIsFoundByAgencyAndYearWhenTheHeaderDoesNotNameIt() throws Exception {
        String text = ExampleFiles.read("yunxi-2021.nianbao").replace("上年报告：yunxi-2020.nianbao\n", "")
                .replace("上年结转        1       0         0         0             0             0     1",
                        "上年结转        2       0         0         0             0             0     2");
        Analysis a = analyze(copyExamples(text));
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.id().equals("carry.applications")));
    }
}
