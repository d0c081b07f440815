package nianbao.core.skeleton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportTable;
import nianbao.core.output.JsonOutput;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.TemplateRegistry;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.ReportSyntaxParser;
import org.junit.jupiter.api.Test;

class NextYearReportTest {

    @Test
    void aBlankReportFromATemplateHasNoErrorsAndCompiles() {
        for (String id : TemplateRegistry.builtIn().builtInIds()) {
            var template = TemplateRegistry.builtIn().get(id);
            int year = template.firstYear();
            String text = NextYearReport.write(template, id, "光华镇人民政府", year, null, null);
            Analysis a = new Analyzer().analyze(text);
            assertEquals(0, a.count(Severity.ERROR), id + ": " + a.diagnostics());
            assertEquals(id, a.report().template().id());
            assertTrue(text.contains("机关：光华镇人民政府"));
            assertTrue(text.contains("标题：光华镇" + year + "年政府信息公开工作年度报告"));
            // Every value row of every table is written, so JSON has no implicit rows.
            var json = JsonOutput.document(a).toString();
            assertFalse(json.contains("\"implicit\":true"));
            for (ReportTable t : a.report().tables()) {
                assertEquals(t.def().valueRows().size(), t.rows().size(), t.def().id());
            }
        }
    }

    @Test
    void fromLastYearCarriesExactValuesAndNotesTheRest() {
        Path dir = ExampleFiles.dir();
        TemplateResolver resolver = new FileTemplateResolver(dir, dir, List.of());
        var last = ReportBinder.bind(ReportSyntaxParser.parse(ExampleFiles.read("yunxi-2021.nianbao")), resolver).report();
        String text = NextYearReport.write(resolver.resolve("qingshan-county.nbt").template(), "qingshan-county.nbt",
                "云溪镇人民政府", 2022, last, "yunxi-2021.nianbao");
        Analysis a = new Analyzer(resolver, CheckOptions.DEFAULT).analyze(text);
        ReportTable applications = a.report().tables().stream().filter(t -> t.def().id().equals("applications"))
                .findFirst().orElseThrow();
        ReportTable lastApplications = last.tables().stream().filter(t -> t.def().id().equals("applications"))
                .findFirst().orElseThrow();
        var def = applications.def();
        for (var column : def.columns()) {
            BigDecimal carried = applications.valueFor(def.row("carried-over"), column);
            BigDecimal forward = lastApplications.valueFor(lastApplications.def().row("carry-forward"),
                    lastApplications.def().column(column.id()));
            assertEquals(0, forward.compareTo(carried), column.id());
        }
        assertTrue(text.contains("上年报告：yunxi-2021.nianbao"));
        assertTrue(text.contains("// 上年“现行有效件数”：规章 0，行政规范性文件 11"), text);
        assertTrue(text.contains("// 以下为上年报告的内容"));
        assertTrue(text.contains("// 全年通过镇政务公开专栏主动公开政府信息152条，其中政策文件24条、政策解读25条。"));
        assertTrue(text.contains("# 七、政务公开专栏建设情况"));
    }
}
