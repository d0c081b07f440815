package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** prose.table-mismatch, plausibility.*, format.outdated and dismissals, on fixtures with non-zero numbers. */
class BeyondTheSumsTest {

    /** yunxi-2021 with its county template replaced by the national one (the checks are national data). */
    private static String yunxi() {
        return ExampleFiles.read("yunxi-2021.nianbao").replace("模板：qingshan-county.nbt", "模板：national-2021")
                .replace("上年报告：yunxi-2020.nianbao\n", "")
                .replaceAll("(?s)# 七、.*", "");
    }

    private static List<Diagnostic> check(String text) {
        return new Analyzer().analyze(text).diagnostics();
    }

    private static List<String> ids(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::id).toList();
    }

    @Test
    void fixtureIsClean() {
        assertEquals(List.of(), check(yunxi()));
    }

    @Test
    void everyUnderstoodWordingAgreesAndDisagrees() {
        // Each wording with the table's figure (agrees) and with another (disagrees).
        String[][] cases = {
            {"全年共收到政府信息公开申请%s件。", "6"},
            {"本年新收政府信息公开申请%s件。", "6"},
            {"全年共受理政府信息公开申请%s件。", "6"},
            {"上年结转申请%s件。", "1"},
            {"其中予以公开%s件。", "4"},
            {"部分公开%s件。", "1"},
            {"共办结政府信息公开申请%s件。", "6"},
            {"结转下年度继续办理%s件。", "1"},
            {"本年制发行政规范性文件%s件。", "3"},
            {"作出行政许可决定%s件。", "41"},
            {"作出行政处罚决定%s件。", "9"},
            {"作出行政强制决定%s件。", "1"},
            {"收取行政事业性收费%s万元。", "1.25"},
        };
        for (String[] c : cases) {
            String agrees = yunxi().replace("落实专人负责专栏维护，每周检查更新情况。", c[0].formatted(c[1]));
            assertEquals(List.of(), check(agrees), c[0]);
            String disagrees = yunxi().replace("落实专人负责专栏维护，每周检查更新情况。", c[0].formatted("99"));
            List<Diagnostic> ds = check(disagrees);
            assertEquals(List.of("prose.table-mismatch"), ids(ds), c[0]);
            Diagnostic d = ds.get(0);
            assertTrue(d.message().contains("为 " + c[1]), d.message());
            assertEquals(2, d.range().end().character() - d.range().start().character(), "the range covers 99");
            assertEquals(c[1], d.fixes().get(0).edits().get(0).newText());
        }
    }

    @Test
    void chineseNumeralsAreReadAndFixedInTheSameStyle() {
        List<Diagnostic> agrees = check(yunxi().replace("落实专人负责专栏维护，每周检查更新情况。", "全年共受理政府信息公开申请六件。"));
        assertEquals(List.of(), agrees);
        List<Diagnostic> ds = check(yunxi().replace("落实专人负责专栏维护，每周检查更新情况。", "全年共受理政府信息公开申请十二件。"));
        assertEquals(List.of("prose.table-mismatch"), ids(ds));
        assertEquals("六", ds.get(0).fixes().get(0).edits().get(0).newText());
    }

    @Test
    void wordingsAboutOtherThingsDoNotFire() {
        String text = yunxi().replace("落实专人负责专栏维护，每周检查更新情况。",
                "收到行政复议申请1件，其中1件结转至2022年继续办理，受理申请后15个工作日内答复。");
        assertEquals(List.of(), check(text));
    }

    @Test
    void rulesAtATownshipAreAWarningInferredFromTheName() {
        String text = yunxi().replace("规章                  0             0             0",
                "规章                  2             0             2");
        List<Diagnostic> ds = check(text);
        assertEquals(List.of("plausibility.rules-at-township", "plausibility.rules-at-township"), ids(ds));
        assertTrue(ds.get(0).message().contains("按机关名称“云溪镇人民政府”推断"), ds.get(0).message());
        // A declared level above the township is not warned.
        assertEquals(List.of(), check(text.replace("年度：2021", "年度：2021\n层级：省级政府")));
        // A declared township level is said to be declared.
        assertTrue(check(text.replace("机关：云溪镇人民政府", "机关：云溪\n层级：乡镇")).get(0).message().contains("按报告头“层级”"));
    }

    @Test
    void statisticsPeriodMustNameTheReportYear() {
        String ok = yunxi().replace("落实专人负责专栏维护，每周检查更新情况。", "本报告所列数据统计期限为2021年1月1日至2021年12月31日。");
        assertEquals(List.of(), check(ok));
        List<Diagnostic> ds = check(ok.replace("至2021年12月31日", "至202020年12月31日"));
        assertEquals(List.of("plausibility.statistics-period"), ids(ds));
        assertEquals("2021", ds.get(0).fixes().get(0).edits().get(0).newText());
    }

    @Test
    void a2019TableInA2021ReportSaysWhichFormatItIs() {
        String text = yunxi().replace("[第二十条第（八）项]  本年收费金额\n行政事业性收费        1.25",
                "[第二十条第（九）项]  采购项目数量  采购总金额\n政府集中采购          3             41.6");
        List<String> ids = ids(check(text));
        assertTrue(ids.contains("format.outdated"), ids.toString());
        // One cause, one finding: the name is not also reported as unknown.
        assertFalse(ids.contains("table.unknown"), ids.toString());
    }

    @Test
    void dismissalsWithAReasonHideAFindingAndAreKeptForReviewers() {
        String text = yunxi().replace("规章                  0             0             0",
                "// 忽略 plausibility.rules-at-township：本镇上报的实为规范性文件，已向县政务公开办说明\n规章                  2             0             2");
        Analysis a = new Analyzer().analyze(text);
        assertEquals(List.of(), a.diagnostics());
        assertEquals(2, a.dismissed().size());
        assertEquals("本镇上报的实为规范性文件，已向县政务公开办说明", a.dismissed().get(0).dismissal());
    }

    @Test
    void aDismissalBeforeATableCoversTheTable() {
        String text = yunxi().replace("[申请处理]", "// 忽略 balance.*：原始台账如此，待核实\n[申请处理]")
                .replace("予以公开        3       1", "予以公开        4       1");
        Analysis a = new Analyzer().analyze(text);
        assertEquals(List.of(), a.diagnostics());
        assertTrue(a.dismissed().size() >= 2);
    }

    @Test
    void dismissalsWithoutReasonOrTargetAreWarnings() {
        String text = yunxi().replace("规章                  0             0             0",
                "// 忽略 plausibility.rules-at-township\n规章                  0             0             0")
                .replace("行政许可              41", "// 忽略 balance.row-total：无\n行政许可              41");
        assertEquals(List.of("dismissal.no-reason", "dismissal.unused"), ids(check(text)));
    }
}
