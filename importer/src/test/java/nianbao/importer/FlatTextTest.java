package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report whose whole text is on one line: sections and prose read, tables left out and reported, no number read. */
class FlatTextTest {

    private static final String PAGE = "标题：青石镇2021年政府信息公开工作年度报告\n"
            + "发布机构：青石镇人民政府\n"
            + "一、总体情况 2021年，我镇扎实推进政务公开。（一）主动公开方面。全年公开信息120条。（二）依申请公开方面。全年收到申请5件。"
            + "二、主动公开政府信息情况本年度行政许可5件、行政处罚3件，均已公开。"
            + "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件5845546"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可2418"
            + "第二十条第（六）项信息内容本年处理决定数量行政处罚644行政强制64"
            + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0"
            + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
            + "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量15130000154"
            + "二、上年结转政府信息公开申请数量0000000四、结转下年度继续办理4200006"
            + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计25380363300630003"
            + "五、存在的主要问题及改进情况一是队伍建设有待加强。六、其他需要报告的事项无。\n";

    @Test
    void sectionsAndProseAreReadTablesLeftOutAndReported() {
        ImportResult r = Importer.importBytes("qingshi.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        String text = r.nianbaoText();
        assertTrue(text.contains("标题：青石镇2021年政府信息公开工作年度报告\n"), text);
        assertTrue(text.contains("# 一、总体情况\n2021年，我镇扎实推进政务公开。\n（一）主动公开方面。全年公开信息120条。\n（二）依申请公开方面。全年收到申请5件。\n"), text);
        assertTrue(text.contains("# 二、主动公开政府信息情况\n本年度行政许可5件、行政处罚3件，均已公开。\n"), "a sentence naming rows stays prose: " + text);
        assertTrue(text.contains("# 五、存在的主要问题及改进情况\n一是队伍建设有待加强。\n"), text);
        assertTrue(text.contains("# 六、其他需要报告的事项\n无。\n"), text);
        for (String runTogether : List.of("5845546", "2418", "15130000154", "4200006", "25380363300630003", "勾稽关系")) {
            assertFalse(text.contains(runTogether), runTogether + " imported: " + text);
        }
        List<ImportProblem> reported = r.problems().stream().filter(p -> p.kind() == ProblemId.TABLE_RUN_TOGETHER).toList();
        assertEquals(6, reported.size(), r.problems()::toString);
        assertTrue(r.tableLost());
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.TABLE_LOST), "not reported twice: " + r.problems());
        ImportProblem applications = reported.stream().filter(p -> p.message().contains("表「申请处理」")).findFirst().orElseThrow();
        int line3 = 3;
        int at = PAGE.split("\n")[2].indexOf("（本列数据");
        assertEquals(line3 + ":" + (at + 1), applications.at().where(), "where the table's text starts, on the page's line");
        assertTrue(applications.message().contains("「（本列数据的勾稽关系为"), applications.message());
    }

    @Test
    void aRowWhoseValuesStandApartIsReadOneRunTogetherIsNot() {
        String page = "青石镇2021年政府信息公开工作年度报告\n"
                + "一、总体情况 2021年，我镇扎实推进政务公开。 二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数"
                + " 规章 0 0 0 行政规范性文件 58 45 546 第二十条第（五）项 信息内容 本年处理决定数量 行政许可 2418"
                + " 第二十条第（六）项 信息内容 本年处理决定数量 行政处罚 644 行政强制 6 4"
                + " 第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业性收费 0"
                + " 三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他"
                + " 一、本年新收政府信息公开申请数量 15130000154 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0"
                + " 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 25380363300630003"
                + " 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。\n";
        ImportResult r = Importer.importBytes("qingshi.txt", page.getBytes(StandardCharsets.UTF_8));
        String text = r.nianbaoText();
        assertTrue(text.matches("(?s).*\n规章 +0 +0 +0\n行政规范性文件 +58 +45 +546\n.*"), text);
        assertTrue(text.matches("(?s).*\n行政许可 +2418\n.*"), "one column, one number: " + text);
        assertTrue(text.matches("(?s).*\n行政处罚 +644\n.*"), text);
        assertTrue(text.matches("(?s).*\n上年结转 +0 +0 +0 +0 +0 +0 +0\n.*") || text.contains("0  0  0  0  0  0  0"), text);
        for (String runTogether : List.of("15130000154", "25380363300630003", "行政强制 ")) {
            assertFalse(text.contains(runTogether), runTogether + " imported: " + text);
        }
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemId.ROW_UNREADABLE && p.message().contains("（「行政强制」）有2个数值")),
                "two numbers for one column: reported, not split: " + r.problems());
        List<ImportProblem> reported = r.problems().stream().filter(p -> p.kind() == ProblemId.TABLE_RUN_TOGETHER).toList();
        assertEquals(1, reported.size(), "table 四 only: " + reported);
        assertTrue(reported.get(0).message().contains("表「行政复议和行政诉讼」"), reported.get(0).message());
    }

    @Test
    void aLineWithOneSectionHeadingIsNotFlat() {
        String page = "青石镇2021年政府信息公开工作年度报告\n一、总体情况 2021年，我镇扎实推进政务公开。二、主动公开政府信息情况见下表。\n";
        ImportResult r = Importer.importBytes("qingshi.txt", page.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.TABLE_RUN_TOGETHER), r.problems()::toString);
    }
}
