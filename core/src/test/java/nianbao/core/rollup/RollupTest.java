package nianbao.core.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.model.Report;
import nianbao.core.model.ReportTable;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static Report report(String text) {
        return new Analyzer().analyze(text).report();
    }

    private static String town(String name, int natural, int business) {
        int total = natural + business;
        return ExampleFiles.read("guanghua-2021.nianbao")
                .replace("光华镇", name)
                .replace("本年新收        -       -         -         -             -             -     0",
                        "本年新收        " + natural + "       " + business + "         -         -             -             -     " + total)
                .replace("予以公开        -       -         -         -             -             -     0",
                        "予以公开        " + natural + "       " + business + "         -         -             -             -     " + total)
                .replace("（七）总计      -       -         -         -             -             -     0",
                        "（七）总计      " + natural + "       " + business + "         -         -             -             -     " + total);
    }

    @Test
    void sumOfThreeReportsEqualsTheHandComputedTotalAndChecksClean() {
        List<Report> reports = List.of(report(town("甲镇", 3, 1)), report(town("乙镇", 2, 0)), report(town("丙镇", 5, 4)));
        reports.forEach(r -> assertEquals(0, new Analyzer().analyze(r.syntax().source().text()).diagnostics().size()));
        Rollup.Result result = Rollup.sum(reports, List.of("甲.nianbao", "乙.nianbao", "丙.nianbao"), "青山县");
        assertNull(result.problem());
        Analysis sum = new Analyzer().analyze(result.text());
        assertEquals(List.of(), sum.diagnostics());
        ReportTable t = sum.report().tables().stream().filter(x -> x.def().id().equals("applications")).findFirst().orElseThrow();
        var def = t.def();
        // 3 + 2 + 5 = 10 natural persons, 1 + 0 + 4 = 5 businesses, 15 in all.
        assertEquals(new BigDecimal("10"), t.valueFor(def.row("new"), def.column("natural")));
        assertEquals(new BigDecimal("5"), t.valueFor(def.row("new"), def.column("business")));
        assertEquals(new BigDecimal("15"), t.valueFor(def.row("handled-total"), def.column("total")));
        assertTrue(result.text().contains("机关：青山县"));
    }

    @Test
    void mixedTemplatesOrYearsAreRefused() {
        Report r2021 = report(ExampleFiles.read("guanghua-2021.nianbao"));
        Report r2020 = report(ExampleFiles.read("yunxi-2020.nianbao"));
        assertTrue(Rollup.sum(List.of(r2021, r2020), List.of("a", "b"), null).problem().contains("模板不同"));
        Report r2022 = report(ExampleFiles.read("guanghua-2021.nianbao").replace("年度：2021", "年度：2022"));
        assertTrue(Rollup.sum(List.of(r2021, r2022), List.of("a", "b"), null).problem().contains("年度不同"));
    }
}
