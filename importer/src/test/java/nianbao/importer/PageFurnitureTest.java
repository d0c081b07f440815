package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analyzer;
import nianbao.importer.PageFurniture.Field;
import nianbao.importer.PageFurniture.Role;
import nianbao.importer.SourceDocument.Table;
import org.junit.jupiter.api.Test;

/**
 * A web page's metadata box and byline are page furniture: the publisher and the date are read
 * from them, they never become report text or an unknown table. The lines and boxes below are
 * as real pages print them (the corpus under {@code src/test/resources/real/}, and the box of
 * 宿城街道办事处's 2021 report on lianyun.gov.cn).
 */
class PageFurnitureTest {

    private static final Path CORPUS = Path.of("src/test/resources/real");

    /** The metadata box above the title of 宿城街道办事处2021年政府信息公开工作年度报告 (lianyun.gov.cn). */
    private static final String BOX = "<table class=\"xxgk_table\"><tbody>"
            + "<tr><td>索 引 号</td><td>01425845-9/2021-00012</td><td>分 类</td><td>综合政务/其他 / 报告</td></tr>"
            + "<tr><td>发布机构</td><td>宿城街道</td><td>发文日期</td><td>2022-01-04</td></tr>"
            + "<tr><td>标 题</td><td colspan=\"3\">宿城街道办事处2021年政府信息公开工作年度报告</td></tr>"
            + "<tr><td>文 号</td><td>无〔〕号</td><td>主 题 词</td><td></td></tr>"
            + "<tr><td>内容概述</td><td colspan=\"3\"></td></tr>"
            + "<tr><td>时 效</td><td colspan=\"3\">有效</td></tr></tbody></table>";

    @Test
    void bylinesAsPagesPrintThemAreFurniture() {
        // 35-pingtan-shehuishiye-2025.html: two spans, run together once the markup is gone.
        List<Field> byline = PageFurniture.ofLine("来源：平潭综合实验区社会事业局时间：2026-01-23 15:13", SourcePosition.FILE);
        assertEquals(List.of(Role.PUBLISHER, Role.DATE), byline.stream().map(Field::role).toList());
        assertEquals("平潭综合实验区社会事业局", byline.get(0).value());
        assertEquals("2026-01-23 15:13", byline.get(1).value());
        // 36-shanghai-bangongting-2019.html
        assertEquals("2020-01-31", PageFurniture.ofLine("发布日期：2020-01-31", SourcePosition.FILE).get(0).value());
        // 43's page fills its 来源 by script: an empty publisher is no publisher.
        List<Field> empty = PageFurniture.ofLine("来源：时间：2023-01-09 19:52", SourcePosition.FILE);
        assertEquals(2, empty.size());
        assertNull(PageFurniture.first(empty, Role.PUBLISHER));
        // The archive's header of a page's text: ASCII colons.
        assertEquals(Role.PUBLISHER, PageFurniture.ofLine("发布机构: 区财政金融局", SourcePosition.FILE).get(0).role());
    }

    @Test
    void aBoxCopiedAsCellsPartedByBarsIsFurniture() {
        // 诸暨 (浙江) and 镇安 (陕西) portals' boxes as page text: name, colon or bar, value, bar.
        List<Field> zhuji = PageFurniture.ofLine("发布机构: | 陈宅镇 | 公开日期: | 2024-01-22 |", SourcePosition.FILE);
        assertEquals("陈宅镇", PageFurniture.first(zhuji, Role.PUBLISHER));
        assertEquals("2024-01-22", PageFurniture.first(zhuji, Role.DATE));
        List<Field> zhenan = PageFurniture.ofLine("索 引 号 | za779940273-2023-000071 | 发布机构 | 镇安县政府 |", SourcePosition.FILE);
        assertEquals("镇安县政府", PageFurniture.first(zhenan, Role.PUBLISHER));
        // One name before a bar could be any table's first cell: a row is no box.
        assertEquals(List.of(), PageFurniture.ofLine("时间 | 2023-01-30 |", SourcePosition.FILE));
        assertEquals(List.of(), PageFurniture.ofLine("名称 | 本年制发件数 | 本年废止件数 |", SourcePosition.FILE));
    }

    @Test
    void aTimeStampAndAFontControlAreFurnitureAndATitlePrintedTwiceIsLeftOut() throws IOException {
        // 陆丰市湖东镇 (Guangdong): title, 2026-01-22 17:49:17, 陆丰市人民政府办公室, 字体:大中小, the title again.
        String text = Files.readString(CORPUS.resolve("58-lufeng-hudong-zhen-2025.txt"), StandardCharsets.UTF_8);
        ImportResult r = Importer.importBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        String body = r.nianbaoText().substring(r.nianbaoText().indexOf("# 一、"));
        assertFalse(body.contains("17:49:17") || body.contains("字体") || body.contains("湖东镇2025年政府信息公开工作年度报告"), body);
        assertEquals(1, r.problems().stream().filter(p -> p.kind() == ProblemId.TITLE_REPEATED).count());
        // The publisher's name on a line of its own cannot be told from text: it is moved, not dropped.
        assertTrue(body.contains("陆丰市人民政府办公室"), body);
        // A date without a clock time may be the report's own: never furniture.
        assertEquals(List.of(), PageFurniture.ofLine("2024-01-15", SourcePosition.FILE));
        assertEquals(List.of(), PageFurniture.ofLine("2024年1月15日", SourcePosition.FILE));
    }

    @Test
    void theReportsOwnFullerTitleUnderThePagesIsTheTitleAndNotText() throws IOException {
        // 北京市西城区: the page's title (西城区金融街街道2025年…), 发布时间, 分享:, then the report's own
        // title with 北京市 in front, set on two lines.
        String text = Files.readString(CORPUS.resolve("59-xicheng-jinrongjie-jiedao-2025.txt"), StandardCharsets.UTF_8);
        ImportResult r = Importer.importBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.nianbaoText().contains("标题：北京市西城区金融街街道2025年政府信息公开工作年度报告\n"), r::nianbaoText);
        String body = r.nianbaoText().substring(r.nianbaoText().indexOf("# 一、"));
        assertFalse(body.contains("分享") || body.contains("信息公开工作年度报告\n"), body);
        assertEquals(2, r.problems().stream().filter(p -> p.kind() == ProblemId.TITLE_REPEATED).count());
        // A line that ends with the title but starts a sentence is no fuller title.
        String sentence = text.replace("北京市西城区金融街街道2025年政府\n\n信息公开工作年度报告", "现公布西城区金融街街道2025年政府信息公开工作年度报告");
        ImportResult s = Importer.importBytes("page.txt", sentence.getBytes(StandardCharsets.UTF_8));
        assertTrue(s.nianbaoText().contains("标题：西城区金融街街道2025年政府信息公开工作年度报告\n"), s::nianbaoText);
        assertTrue(s.nianbaoText().contains("现公布西城区金融街街道"), s::nianbaoText);
    }

    @Test
    void reportTextIsNeverFurniture() {
        for (String line : List.of("2019年，上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记考察上海重要讲话精神。",
                "时间：2021年以来，我局认真贯彻落实《条例》。", "来源于群众的意见建议，及时回应。", "一、总体情况",
                "本报告所列数据统计期限为2025年1月1日至12月31日", "时间：全年")) {
            assertEquals(List.of(), PageFurniture.ofLine(line, SourcePosition.FILE), line);
        }
    }

    @Test
    void aMetadataBoxIsFurnitureAndAReportTableIsNot() throws IOException {
        List<Field> box = PageFurniture.ofTable(table(BOX));
        assertEquals("宿城街道", PageFurniture.first(box, Role.PUBLISHER));
        assertEquals("2022-01-04", PageFurniture.first(box, Role.DATE));
        assertEquals("宿城街道办事处2021年政府信息公开工作年度报告", PageFurniture.first(box, Role.TITLE));
        String reportTable = "<table><tr><td colspan=\"4\">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td>"
                + "<td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>";
        assertEquals(List.of(), PageFurniture.ofTable(table(reportTable)));
    }

    @Test
    void aPageWithABoxAndABylineImportsAsTheReportAlone() {
        PublishedReport report = SampleReports.report2021("宿城街道办事处2021年政府信息公开工作年度报告", SampleReports.balanced2021());
        String page = new String(report.html(), StandardCharsets.UTF_8)
                .replace("<div class=\"article\">", BOX + "<div><span>来源：宿城街道</span> <span>时间：2022-01-04 10:12</span></div>"
                        + "<div class=\"article\">");
        ImportResult r = Importer.importBytes("page.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.problems().stream().filter(p -> p.severity() != ImportProblem.Severity.NOTE).toList(),
                r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemId.PAGE_FURNITURE && p.message().contains("索引号")));
        assertTrue(r.nianbaoText().contains("机关：宿城街道办事处\n"), r.nianbaoText());
        assertFalse(r.nianbaoText().contains("来源："), r.nianbaoText());
        assertFalse(r.nianbaoText().contains("01425845-9"), r.nianbaoText());
        assertEquals(List.of(), new Analyzer().analyze(r.nianbaoText()).diagnostics());
    }

    @Test
    void withoutAnAgencyInTheTitleThePublisherIsTheAgencyNeverAMadeUpName() throws IOException {
        // 30: the title says only 平潭综合实验区 (an 实验区, no 区人民政府); the byline names the publisher.
        ImportResult r = Importer.importFile(CORPUS.resolve("30-pingtan-shiyanqu-2024.html"));
        assertTrue(r.nianbaoText().contains("机关：平潭综合实验区管委会办公室\n"), r.nianbaoText());
        assertFalse(r.nianbaoText().contains("人民政府\n"), r.nianbaoText());
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemId.AGENCY_FROM_PAGE));
        // 39: the byline's short name (海坛片区) loses to the full name the title states.
        ImportResult haitan = Importer.importFile(CORPUS.resolve("39-pingtan-haitan-pianqu-2024.html"));
        assertTrue(haitan.nianbaoText().contains("机关：平潭综合实验区海坛片区管理局\n"), haitan.nianbaoText());
        // 36: the title names the agency after the year.
        ImportResult shanghai = Importer.importFile(CORPUS.resolve("36-shanghai-bangongting-2019.html"));
        assertTrue(shanghai.nianbaoText().contains("机关：上海市人民政府办公厅\n"), shanghai.nianbaoText());
        assertFalse(shanghai.nianbaoText().contains("发布日期"), shanghai.nianbaoText());
    }

    @Test
    void theFormatComesFromTheTablesWordsWhenNoTableCanBeRead() throws IOException {
        // Text copied out of a page with a line break at each heading and table title, the table
        // cells run together: sections are found, no table value can be read; the words still tell.
        // 44 is a 2022 report in the 2019 format: its year alone would say 2021.
        ImportResult y2022 = importWithBreaks("44-pingtan-haitan-pianqu-2022.txt");
        assertEquals("national-2019", y2022.templateId(), y2022.problems().toString());
        ImportResult y2022in2021 = importWithBreaks("43-pingtan-gonganju-2022.txt");
        assertEquals("national-2021", y2022in2021.templateId(), y2022in2021.problems().toString());
    }

    private static ImportResult importWithBreaks(String file) throws IOException {
        String text = read(CORPUS.resolve(file)).replaceAll("(?=[一二三四五六]、)", "\n").replaceAll("(?=第二十条)", "\n");
        return Importer.importBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Table table(String html) throws IOException {
        SourceDocument doc = HtmlReader.read(("<html><body>" + html + "</body></html>").getBytes(StandardCharsets.UTF_8));
        return (Table) doc.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
