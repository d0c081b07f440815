package nianbao.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.importer.PublishedReport.Grid;
import nianbao.importer.PublishedReport.GridCell;

/**
 * Realistic township reports laid out as the national formats print them, with merged cells
 * where the official tables have them. Values are written as published ("" is a blank cell).
 */
final class SampleReports {

    private SampleReports() {
    }

    // The rows of table 三 with their nesting, as the 2021 format prints them.
    static final String[] WITHHELD = {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"};
    static final String[] UNABLE = {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"};
    static final String[] NOT_PROCESSED = {"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息"};
    static final String[] OTHER_2021 = {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"};

    /** The values of table 三, one array of 7 (自然人 … 总计) per value row, in the format's order. */
    static final class Applications {
        String[] newApplications;
        String[] carriedOver;
        String[] disclosed;
        String[] partial;
        String[][] withheld = zeros(8);
        String[][] unable = zeros(3);
        String[][] notProcessed = zeros(5);
        /** Three rows in the 2021 format, one in the 2019 format. */
        String[][] otherHandling = zeros(3);
        String[] handledTotal;
        String[] carryForward;
        /** Print the 总计 column first, as some reports do. */
        boolean totalFirst;
    }

    static String[][] zeros(int rows) {
        String[][] out = new String[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row("0", "0", "0", "0", "0", "0", "0");
        }
        return out;
    }

    static String[] row(String... values) {
        return values;
    }

    static GridCell cell(String text) {
        return new GridCell(text, 1, 1);
    }

    static GridCell span(String text, int rows, int cols) {
        return new GridCell(text, rows, cols);
    }

    static List<GridCell> cells(GridCell first, String... values) {
        List<GridCell> out = new ArrayList<>();
        out.add(first);
        Arrays.stream(values).map(SampleReports::cell).forEach(out::add);
        return out;
    }

    static List<GridCell> cells(GridCell first, GridCell second, String... values) {
        List<GridCell> out = cells(first, values);
        out.add(1, second);
        return out;
    }

    /** Table 三: three label columns, seven value columns, the note and the two-level header. */
    static Grid applications(Applications a, boolean format2021) {
        if (a.totalFirst) {
            a = totalFirst(a);
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), span("申请人情况", 1, 7)));
        rows.add(a.totalFirst ? List.of(span("总计", 2, 1), span("自然人", 2, 1), span("法人或其他组织", 1, 5))
                : List.of(span("自然人", 2, 1), span("法人或其他组织", 1, 5), span("总计", 2, 1)));
        rows.add(List.of(cell("商业\n企业"), cell("科研\n机构"), cell("社会公益组织"), cell("法律服务机构"), cell("其他")));
        rows.add(cells(span("一、本年新收政府信息公开申请数量", 1, 3), a.newApplications));
        rows.add(cells(span("二、上年结转政府信息公开申请数量", 1, 3), a.carriedOver));
        int results = 2 + 8 + 3 + 5 + (format2021 ? 3 : 1) + 1;
        rows.add(cells(span("三、本年度办理结果", results, 1), span("（一）予以公开", 1, 2), a.disclosed));
        rows.add(cells(span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2), a.partial));
        nested(rows, "（三）不予公开", WITHHELD, a.withheld);
        nested(rows, "（四）无法提供", UNABLE, a.unable);
        nested(rows, "（五）不予处理", NOT_PROCESSED, a.notProcessed);
        if (format2021) {
            nested(rows, "（六）其他处理", OTHER_2021, a.otherHandling);
        } else {
            rows.add(cells(span("（六）其他处理", 1, 2), a.otherHandling[0]));
        }
        rows.add(cells(span("（七）总计", 1, 2), a.handledTotal));
        rows.add(cells(span("四、结转下年度继续办理", 1, 3), a.carryForward));
        return new Grid(rows);
    }

    /** The values with the 总计 cell moved to the front of every row. */
    private static Applications totalFirst(Applications a) {
        Applications b = new Applications();
        b.totalFirst = true;
        b.newApplications = rotate(a.newApplications);
        b.carriedOver = rotate(a.carriedOver);
        b.disclosed = rotate(a.disclosed);
        b.partial = rotate(a.partial);
        b.withheld = Arrays.stream(a.withheld).map(SampleReports::rotate).toArray(String[][]::new);
        b.unable = Arrays.stream(a.unable).map(SampleReports::rotate).toArray(String[][]::new);
        b.notProcessed = Arrays.stream(a.notProcessed).map(SampleReports::rotate).toArray(String[][]::new);
        b.otherHandling = Arrays.stream(a.otherHandling).map(SampleReports::rotate).toArray(String[][]::new);
        b.handledTotal = rotate(a.handledTotal);
        b.carryForward = rotate(a.carryForward);
        return b;
    }

    private static String[] rotate(String[] values) {
        String[] out = new String[values.length];
        out[0] = values[values.length - 1];
        System.arraycopy(values, 0, out, 1, values.length - 1);
        return out;
    }

    private static void nested(List<List<GridCell>> rows, String heading, String[] labels, String[][] values) {
        for (int i = 0; i < labels.length; i++) {
            List<GridCell> r = cells(cell(labels[i]), values[i]);
            if (i == 0) {
                r.add(0, span(heading, labels.length, 1));
            }
            rows.add(r);
        }
    }

    /** Table 四: one line of 15 cells under a two-level header. */
    static Grid review(String... fifteen) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(span("行政复议", 1, 5), span("行政诉讼", 1, 10)));
        List<GridCell> second = new ArrayList<>();
        for (String label : List.of("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计")) {
            second.add(span(label, 2, 1));
        }
        second.add(span("未经复议直接起诉", 1, 5));
        second.add(span("复议后起诉", 1, 5));
        rows.add(second);
        List<GridCell> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (String label : List.of("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计")) {
                third.add(cell(label));
            }
        }
        rows.add(third);
        rows.add(Arrays.stream(fifteen).map(SampleReports::cell).toList());
        return new Grid(rows);
    }

    /** One small table of section 二: title row, header row, rows of label and values. */
    static void proactive(List<List<GridCell>> rows, String title, List<String> columns, String[][] labelledRows) {
        rows.add(List.of(span(title, 1, columns.size() + 1)));
        proactive(rows, columns, labelledRows);
    }

    /** A small table of section 二 without its title row (the title is a paragraph above it). */
    static void proactive(List<List<GridCell>> rows, List<String> columns, String[][] labelledRows) {
        List<GridCell> head = new ArrayList<>();
        head.add(cell("信息内容"));
        columns.forEach(c -> head.add(cell(c)));
        rows.add(head);
        for (String[] r : labelledRows) {
            rows.add(Arrays.stream(r).map(SampleReports::cell).toList());
        }
    }

    private static Grid proactiveTable(List<String> columns, String[][] labelledRows) {
        List<List<GridCell>> rows = new ArrayList<>();
        proactive(rows, columns, labelledRows);
        return new Grid(rows);
    }

    // ----------------------------------------------------------------- reports

    /** 2021 values of table 三 that add up: 17 new + 2 carried = 18 handled + 1 carried forward. */
    static Applications balanced2021() {
        Applications a = new Applications();
        a.newApplications = row("12", "3", "0", "1", "0", "1", "17");
        a.carriedOver = row("2", "0", "0", "0", "0", "0", "2");
        a.disclosed = row("6", "2", "0", "1", "0", "0", "9");
        a.partial = row("2", "0", "0", "0", "0", "0", "2");
        a.withheld[2] = row("1", "0", "0", "0", "0", "0", "1");
        a.withheld[5] = row("0", "1", "0", "0", "0", "0", "1");
        a.unable[0] = row("3", "0", "0", "0", "0", "1", "4");
        a.notProcessed[0] = row("1", "0", "0", "0", "0", "0", "1");
        a.handledTotal = row("13", "3", "0", "1", "0", "1", "18");
        a.carryForward = row("1", "0", "0", "0", "0", "0", "1");
        return a;
    }

    private static final String OVERVIEW = "2021年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。";

    /** A 2021 township report whose tables add up, signed with the agency's full name as reports end. */
    static PublishedReport baishi2021() {
        return report2021("白石镇2021年政府信息公开工作年度报告", balanced2021()).paragraph("白石镇人民政府");
    }

    /** The same report with a wrong total printed in table 三: （七）总计 says 19 where the rows add up to 18. */
    static PublishedReport baishi2021WrongTotal() {
        Applications a = balanced2021();
        a.handledTotal = row("13", "3", "0", "1", "0", "1", "19");
        return report2021("白石镇2021年政府信息公开工作年度报告", a).paragraph("白石镇人民政府");
    }

    static PublishedReport report2021(String title, Applications a) {
        PublishedReport r = new PublishedReport(title);
        r.paragraph("一、总体情况").paragraph(OVERVIEW)
                .paragraph("（一）主动公开")
                .paragraph("全年通过政府网站主动公开政府信息326条，其中政策文件15条、工作动态188条。")
                .paragraph("（二）依申请公开")
                .paragraph("全年共受理政府信息公开申请17件，均在法定期限内答复。")
                .paragraph("1、规范受理流程，统一答复文书格式。")
                .paragraph("2、加强与申请人沟通，减少重复申请。");
        r.paragraph("二、主动公开政府信息情况");
        List<List<GridCell>> two = new ArrayList<>();
        proactive(two, "第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
                new String[][] {{"规章", "0", "0", "0"}, {"行政规范性文件", "2", "1", "15"}});
        proactive(two, "第二十条第（五）项", List.of("本年处理决定数量"), new String[][] {{"行政许可", "36"}});
        proactive(two, "第二十条第（六）项", List.of("本年处理决定数量"), new String[][] {{"行政处罚", "12"}, {"行政强制", "3"}});
        proactive(two, "第二十条第（八）项", List.of("本年收费金额（单位：万元）"), new String[][] {{"行政事业性收费", "1.25"}});
        r.table(new Grid(two));
        r.paragraph("三、收到和处理政府信息公开申请情况").table(SampleReports.applications(a, true));
        r.paragraph("四、政府信息公开行政复议、行政诉讼情况")
                .table(review("1", "0", "0", "0", "1", "0", "1", "0", "1", "2", "0", "0", "0", "0", "0"));
        r.paragraph("五、存在的主要问题及改进情况")
                .paragraph("一是信息公开的及时性有待提高；二是政策解读形式较为单一。")
                .paragraph("下一步，我镇将加强业务培训，丰富解读形式，提升公开质量。");
        r.paragraph("六、其他需要报告的事项").paragraph("本年度未收取信息处理费。");
        return r;
    }

    /** A 2020 report in the 2019 format, with headings worded as many reports word them. */
    static PublishedReport hexi2020() {
        PublishedReport r = new PublishedReport("河西乡2020年政府信息公开工作年度报告");
        r.paragraph("一、工作基本情况")
                .paragraph("2020年，河西乡人民政府按照县委、县政府的部署，扎实推进政府信息公开工作。")
                .paragraph("（一）加强组织领导")
                .paragraph("成立了由乡长任组长的政务公开工作领导小组，明确专人负责。");
        // Here each table of section 二 is a table of its own, its title a paragraph above it.
        r.paragraph("二、主动公开政府信息情况");
        List<String> items = List.of("上一年项目数量", "本年增/减", "处理决定数量");
        r.paragraph("（一）第二十条第（一）项");
        r.table(proactiveTable(List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                new String[][] {{"规章", "0", "0", "0"}, {"规范性文件", "3", "3", "27"}}));
        r.paragraph("（二）第二十条第（五）项");
        r.table(proactiveTable(items, new String[][] {{"行政许可", "45", "-2", "130"}, {"其他对外管理服务事项", "12", "0", "88"}}));
        r.paragraph("（三）第二十条第（六）项");
        r.table(proactiveTable(items, new String[][] {{"行政处罚", "6", "+1", "25"}, {"行政强制", "2", "0", "4"}}));
        r.paragraph("（四）第二十条第（八）项");
        r.table(proactiveTable(List.of("上一年项目数量", "本年增/减"), new String[][] {{"行政事业性收费", "3", "-1"}}));
        r.paragraph("（五）第二十条第（九）项");
        r.table(proactiveTable(List.of("采购项目数量", "采购总金额"), new String[][] {{"政府集中采购", "4", "86.5"}}));
        Applications a = new Applications();
        a.newApplications = row("5", "1", "0", "0", "0", "0", "6");
        a.carriedOver = row("0", "0", "0", "0", "0", "0", "0");
        a.disclosed = row("3", "1", "0", "0", "0", "0", "4");
        a.partial = row("1", "0", "0", "0", "0", "0", "1");
        a.otherHandling = new String[][] {row("1", "0", "0", "0", "0", "0", "1")};
        a.handledTotal = row("5", "1", "0", "0", "0", "0", "6");
        a.carryForward = row("0", "0", "0", "0", "0", "0", "0");
        r.paragraph("三、收到和处理政府信息公开申请情况").table(applications(a, false));
        r.paragraph("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")
                .table(review("", "", "", "", "0", "", "", "", "", "0", "", "", "", "", "0"));
        r.paragraph("五、政府信息公开工作存在的主要问题及改进情况")
                .paragraph("信息更新不够及时。下一步将完善信息发布审核机制。");
        r.paragraph("六、其他需要报告事项").paragraph("无。");
        return r;
    }
}
