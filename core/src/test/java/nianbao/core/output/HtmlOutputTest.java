package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlOutputTest {

    static final Path EXAMPLE = Path.of("..", "examples", "guanghua-2021.nianbao");

    static String exampleText() throws IOException {
        return Files.readString(EXAMPLE);
    }

    private static Analysis analyze(String text) {
        return new Analyzer().analyze(text);
    }

    private static Document page(Analysis analysis) {
        return Jsoup.parse(HtmlOutput.render(analysis));
    }

    @Test
    void everyProseLineOfTheSourceIsOnThePage() throws IOException {
        String source = exampleText();
        Document doc = page(analyze(source));
        List<String> blocks = doc.select("h2, h3, h4, p:not(.meta)").eachText();
        // Read the source as a clerk wrote it, independently of the binder: header lines, comments
        // and table blocks aside, every line is a heading or a paragraph of the page.
        boolean inTable = false;
        boolean inHeader = true;
        int checked = 0;
        for (String raw : source.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                inTable = false;
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("#")) {
                inHeader = false;
                inTable = false;
                line = line.replaceFirst("^#+\\s*", "");
            } else if (line.startsWith("[") || line.startsWith("【")) {
                inTable = true;
                continue;
            } else if (inHeader || inTable) {
                continue;
            }
            assertTrue(blocks.contains(line), "missing on the page: " + line);
            checked++;
        }
        assertTrue(checked > 20, "the example has more prose than " + checked + " lines");
    }

    @Test
    void proseKeepsItsStructureInOrder() throws IOException {
        Analysis analysis = analyze(exampleText());
        Document doc = page(analysis);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (var section : analysis.report().sections()) {
            for (Prose p : section.prose()) {
                String tag = switch (p.kind()) {
                    case PARAGRAPH -> "p";
                    case POINT -> "p.point";
                    case SUBHEADING -> p.level() > 1 ? "h4" : "h3";
                };
                expected.add(tag + " " + p.text().text());
            }
        }
        for (Element e : doc.select("section h3, section h4, section p")) {
            actual.add((e.hasClass("point") ? "p.point" : e.tagName()) + " " + e.text());
        }
        assertEquals(expected, actual);
    }

    @Test
    void titleAgencyAndYearHeadThePage() throws IOException {
        Analysis analysis = analyze(exampleText());
        Document doc = page(analysis);
        String title = analysis.report().headerEntry("标题").value().text();
        assertEquals(title, doc.title());
        assertEquals(title, doc.selectFirst("h1").text());
        assertEquals(analysis.report().headerEntry("机关").value().text(), doc.selectFirst(".meta .agency").text());
        assertTrue(doc.selectFirst(".meta .year").text().startsWith(analysis.report().year().toString()));
    }

    /** Content before the first heading stands where it was written: under the title, before section 一. */
    @Test
    void thePreambleStandsBetweenTheTitleAndTheFirstSection() throws IOException {
        Path file = Path.of("src", "test", "resources", "fixtures", "content.outside-section", "fires.nianbao");
        Document doc = page(analyze(Files.readString(file)));
        List<String> order = new ArrayList<>();
        for (Element child : doc.selectFirst("article.report").children()) {
            order.add(switch (child.tagName()) {
                case "header" -> "header";
                case "p" -> "p:" + child.text();
                case "section" -> "section:" + child.selectFirst("h2").text();
                default -> child.tagName() + (child.selectFirst("table") != null ? ":table" : "");
            });
        }
        assertEquals(List.of("header", "p:这一行不是键值对，应写在章节里", "div:table", "section:一、总体情况"), order.subList(0, 4));
        Element table = doc.selectFirst("article.report > div table");
        assertTrue(table.text().contains("第二十条第（八）项") && table.text().contains("行政事业性收费"), table.text());
    }

    @Test
    void theSixHeadingsInTheTemplatesOrder() throws IOException {
        Analysis analysis = analyze(exampleText());
        List<String> expected = analysis.report().template().sections().stream().map(s -> s.label()).toList();
        assertEquals(expected, page(analysis).select("section > h2").eachText());
    }

    @Test
    void everyValueStandsUnderItsColumnsAndBesideItsRow() throws IOException {
        Analysis analysis = analyze(exampleText());
        Document doc = page(analysis);
        int tables = 0;
        for (ReportTable t : analysis.report().tables()) {
            TableDef def = t.def();
            Element element = doc.selectFirst("[data-table=" + def.id() + "]");
            assertNotNull(element, "table " + def.label());
            Map<List<String>, String> shown = valuesByPosition(HtmlGrid.of(element));
            Map<List<String>, String> expected = new HashMap<>();
            for (RowDef r : def.valueRows()) {
                for (ColumnDef c : def.columns()) {
                    List<String> rowPath = path(r);
                    List<String> columnPath = new ArrayList<>(c.groups().stream().map(g -> g.label()).toList());
                    columnPath.add(c.label());
                    List<String> key = new ArrayList<>();
                    if (def.layout() == TableDef.Layout.SINGLE_LINE) {
                        key.addAll(rowPath);
                        key.addAll(columnPath);
                        key.add("|");
                    } else {
                        key.addAll(columnPath);
                        key.add("|");
                        key.addAll(rowPath);
                    }
                    expected.put(key, expectedText(t, r, c));
                }
            }
            assertEquals(expected, shown, "table " + def.label());
            tables++;
        }
        assertEquals(analysis.report().template().tables().size(), tables);
    }

    /** Each value cell keyed by the header texts above it, "|", then the row labels beside it. */
    private static Map<List<String>, String> valuesByPosition(HtmlGrid grid) {
        Map<List<String>, String> out = new HashMap<>();
        for (int line = grid.headLines(); line < grid.lines(); line++) {
            List<String> rowPath = grid.labels(line).stream().map(Element::text).toList();
            for (int c = 0; c < grid.width(); c++) {
                Element cell = grid.at(line, c);
                if (cell == null || !cell.tagName().equals("td") || grid.columnOf(line, cell) != c) {
                    continue;
                }
                List<String> key = new ArrayList<>(grid.above(c).stream().map(Element::ownText).toList());
                key.add("|");
                key.addAll(rowPath);
                String previous = out.put(key, cell.text());
                assertEquals(null, previous, "two values at " + key);
            }
        }
        return out;
    }

    private static List<String> path(RowDef r) {
        List<String> labels = new ArrayList<>();
        for (RowDef at = r; at != null; at = at.parent()) {
            labels.add(0, at.label());
        }
        return labels;
    }

    /** What the page must show: the number as written, nothing for a blank, the 其余 value for a row not written. */
    private static String expectedText(ReportTable t, RowDef r, ColumnDef c) {
        ReportRow written = t.rowsByDef().get(r);
        Cell cell = written != null ? t.cell(written, c) : t.rest() == null ? null : t.rest().cells().get(0);
        if (cell == null || cell.value().kind() == CellValue.Kind.BLANK) {
            return "";
        }
        return cell.value().number().toPlainString();
    }

    @Test
    void applicationsTableHasTheOfficialHeader() throws IOException {
        Analysis analysis = analyze(exampleText());
        TableDef def = analysis.report().template().tables().stream().filter(t -> t.label().equals("申请处理"))
                .findFirst().orElseThrow();
        Element table = page(analysis).selectFirst("table[data-table=" + def.id() + "]");
        List<Element> head = table.select("thead tr");
        assertEquals(3, head.size());

        Element note = head.get(0).child(0);
        assertEquals("（" + def.description() + "）", note.text());
        assertEquals("3", note.attr("rowspan"));
        assertEquals("3", note.attr("colspan"));
        assertCell(head.get(0).child(1), "申请人情况", 1, 7);
        assertEquals(2, head.get(0).childrenSize());

        assertCell(head.get(1).child(0), "自然人", 2, 1);
        assertCell(head.get(1).child(1), "法人或其他组织", 1, 5);
        assertCell(head.get(1).child(2), "总计", 2, 1);
        assertEquals(3, head.get(1).childrenSize());

        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), head.get(2).children().eachText());
    }

    @Test
    void applicationsTableNestsItsRowLabels() throws IOException {
        Analysis analysis = analyze(exampleText());
        TableDef def = analysis.report().template().tables().stream().filter(t -> t.label().equals("申请处理"))
                .findFirst().orElseThrow();
        Element table = page(analysis).selectFirst("table[data-table=" + def.id() + "]");
        List<Element> body = table.select("tbody tr");
        assertEquals(def.valueRows().size(), body.size());

        assertCell(label(table, "new"), "一、本年新收政府信息公开申请数量", 1, 3);
        RowDef results = def.rows().stream().filter(r -> r.label().equals("三、本年度办理结果")).findFirst().orElseThrow();
        assertCell(label(table, results.id()), results.label(), results.valueDescendants().size(), 1);
        assertEquals(22, results.valueDescendants().size());
        assertCell(label(table, "disclosed"), "（一）予以公开", 1, 2);
        assertCell(label(table, "withheld"), "（三）不予公开", 8, 1);
        assertCell(label(table, "state-secret"), "1.属于国家秘密", 1, 1);
        assertCell(label(table, "handled-total"), "（七）总计", 1, 2);
        assertCell(label(table, "carry-forward"), "四、结转下年度继续办理", 1, 3);

        // The heading cells open the line of the first row under them, outermost first.
        Element firstResult = label(table, "disclosed").parent();
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开"), firstResult.select("th").eachText());
        Element firstWithheld = label(table, "state-secret").parent();
        assertEquals(List.of("（三）不予公开", "1.属于国家秘密"), firstWithheld.select("th").eachText());
        // 8 rows of （三） in the third label column: after the first, each line has one label.
        assertEquals(List.of("2.其他法律行政法规禁止公开"), firstWithheld.nextElementSibling().select("th").eachText());
    }

    @Test
    void reviewTableIsOneLineUnderATwoLevelHeader() throws IOException {
        Analysis analysis = analyze(exampleText());
        Element table = page(analysis).selectFirst("table[data-table=review]");
        List<Element> head = table.select("thead tr");
        assertEquals(3, head.size());

        assertCell(head.get(0).child(0), "行政复议", 1, 5);
        assertCell(head.get(0).child(1), "行政诉讼", 1, 10);
        assertEquals(2, head.get(0).childrenSize());

        List<String> outcomes = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (int i = 0; i < 5; i++) {
            assertCell(head.get(1).child(i), outcomes.get(i), 2, 1);
        }
        assertCell(head.get(1).child(5), "未经复议直接起诉", 1, 5);
        assertCell(head.get(1).child(6), "复议后起诉", 1, 5);
        assertEquals(7, head.get(1).childrenSize());

        List<String> twice = new ArrayList<>(outcomes);
        twice.addAll(outcomes);
        assertEquals(twice, head.get(2).children().eachText());

        List<Element> body = table.select("tbody tr");
        assertEquals(1, body.size());
        assertEquals(15, body.get(0).select("td").size());
        // The example fills only the three totals; the blank cells stay empty as in the official page.
        assertEquals(List.of("", "", "", "", "0", "", "", "", "", "0", "", "", "", "", "0"),
                texts(body.get(0).select("td")));
    }

    @Test
    void sectionTwoTablesShareOneGridWithTheirNames() throws IOException {
        Analysis analysis = analyze(exampleText());
        Document doc = page(analysis);
        var section = analysis.report().template().sections().get(1);
        Element grid = doc.selectFirst("tbody[data-table=" + section.tables().get(0).id() + "]").parent();
        assertEquals(section.tables().stream().map(TableDef::label).toList(), grid.select("th.title").eachText());
        int width = section.tables().stream().mapToInt(t -> t.columns().size() + 1).max().orElseThrow();
        for (Element part : grid.select("tbody")) {
            HtmlGrid g = HtmlGrid.of(part);
            for (int line = 0; line < g.lines(); line++) {
                assertNotNull(g.at(line, width - 1), "line " + line + " of " + part.attr("data-table") + " is short");
                assertEquals(null, g.at(line, width), "line " + line + " of " + part.attr("data-table") + " is long");
            }
        }
    }

    @Test
    void tablesPartedByProseKeepTheirNames() throws IOException {
        String text = exampleText().replace("[第二十条第（五）项]", "本年度未新设行政许可事项。\n[第二十条第（五）项]");
        Analysis analysis = analyze(text);
        Document doc = page(analysis);
        var tables = analysis.report().template().sections().get(1).tables();
        Element first = doc.selectFirst("table[data-table=" + tables.get(0).id() + "]");
        assertNotNull(first, "the first table stands alone");
        assertEquals(List.of(tables.get(0).label()), first.select("th.title").eachText());
        Element rest = doc.selectFirst("tbody[data-table=" + tables.get(1).id() + "]").parent();
        assertEquals(tables.subList(1, tables.size()).stream().map(TableDef::label).toList(),
                rest.select("th.title").eachText());
        assertEquals("本年度未新设行政许可事项。", first.parent().nextElementSibling().text());
    }

    @Test
    void numbersAreShownAsWritten() throws IOException {
        String text = exampleText()
                .replace("行政事业性收费        0", "行政事业性收费        9.63211")
                .replace("行政许可              0", "行政许可              123456");
        Element section = page(analyze(text)).selectFirst("section#proactive");
        assertEquals("9.63211", section.selectFirst("td[data-row=fees]").text());
        assertEquals("123456", section.selectFirst("td[data-row=permits]").text());
    }

    @Test
    void unitsOtherThanTheUsualOneFollowTheColumnLabel() throws IOException {
        Analysis analysis = analyze(exampleText());
        Document doc = page(analysis);
        for (TableDef t : analysis.report().template().tables()) {
            for (ColumnDef c : t.columns()) {
                for (Element th : doc.select("[data-table=" + t.id() + "] th.column[data-column=" + c.id() + "]")) {
                    if (c.unit().equals("件")) {
                        assertEquals(c.label(), th.text());
                    } else {
                        assertEquals(c.label() + "（单位：" + c.unit() + "）", th.text());
                    }
                }
            }
        }
        assertEquals(1, doc.select(".unit").size(), "the national template has one column in 万元");
    }

    @Test
    void rowsCoveredByTheRestLineShowItsValueAndBlanksStayEmpty() throws IOException {
        String text = exampleText().replaceAll("(?s)\\[申请处理\\].*?\\n\\n", """
                [申请处理]    自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
                本年新收        3       1         -         0             0             0     4
                予以公开        2       1         0         0             0             0     3
                部分公开        1       0         0         0             0             0     1
                其余 0

                """);
        Analysis analysis = analyze(text);
        Element table = page(analysis).selectFirst("table[data-table=applications]");
        assertEquals(List.of("3", "1", "", "0", "0", "0", "4"), texts(table.select("td[data-row=new]")));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), texts(table.select("td[data-row=state-secret]")));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), texts(table.select("td[data-row=carry-forward]")));
    }

    @Test
    void pageForbidsScriptsAndLoadsNothing() throws IOException {
        Document doc = page(analyze(exampleText()));
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp);
        String policy = csp.attr("content");
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertTrue(policy.contains("script-src 'none'"), policy);
        assertEquals(csp, doc.head().child(1), "the policy comes before anything it governs");
        assertSafe(doc);
    }

    /** No script, no event handler, no resource fetched from anywhere. */
    static void assertSafe(Document doc) {
        assertTrue(doc.select("script, iframe, object, embed, link, img, base, form").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler " + a + " on " + e.tagName());
                assertFalse(a.getKey().equals("href") || a.getKey().equals("src"), "resource " + a);
            }
        }
        assertEquals(1, doc.select("style").size());
        String css = doc.selectFirst("style").data();
        assertFalse(css.contains("url(") || css.contains("@import"), "the style loads nothing");
    }

    /** Each element's text, empty ones included (jsoup's eachText leaves them out). */
    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static Element label(Element table, String rowId) {
        Element th = table.selectFirst("tbody th[data-row=" + rowId + "]");
        assertNotNull(th, "label of row " + rowId);
        return th;
    }

    private static void assertCell(Element cell, String text, int rowspan, int colspan) {
        assertEquals(text, cell.ownText(), cell.outerHtml());
        assertEquals(rowspan == 1 ? "" : Integer.toString(rowspan), cell.attr("rowspan"), "rowspan of " + text);
        assertEquals(colspan == 1 ? "" : Integer.toString(colspan), cell.attr("colspan"), "colspan of " + text);
    }
}
