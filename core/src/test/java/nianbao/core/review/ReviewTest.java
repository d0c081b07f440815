package nianbao.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.Analyzer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The review site: what the index says of each report, links that resolve to existing anchors, roll-ups, who is missing. */
class ReviewTest {

    private static final Path DEMO = Path.of("..", "docs", "demo");

    private static Map<String, Document> site(List<String> expected) throws Exception {
        List<Review.Entry> entries = new ArrayList<>();
        Analyzer analyzer = new Analyzer();
        for (String name : List.of("城关镇-2024.nianbao", "石桥镇-2024.nianbao", "白沙乡-2024.nianbao")) {
            entries.add(new Review.Entry("乡镇/" + name, analyzer.analyze(Files.readString(DEMO.resolve(name)))));
        }
        String example = Files.readString(Path.of("..", "examples", "guanghua-2021.nianbao"));
        // A report with a warning: an empty section.
        String warned = example.replace("# 六、其他需要报告的事项\n无", "# 六、其他需要报告的事项\n");
        assertFalse(warned.equals(example));
        entries.add(new Review.Entry("warned.nianbao", analyzer.analyze(warned)));
        Map<String, Document> pages = new LinkedHashMap<>();
        for (Review.SiteFile f : Review.site(entries, expected, "青山县", (p, t) -> analyzer.analyze(t))) {
            if (f.path().endsWith(".html")) {
                pages.put(f.path(), Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8)));
            }
        }
        return pages;
    }

    @Test
    void theIndexListsEveryReportWithItsStatusAndCounts() throws Exception {
        Document index = site(null).get("index.html");
        List<Element> rows = index.select("tr.report");
        assertEquals(4, rows.size());
        assertEquals("城关镇人民政府", rows.get(0).child(0).text());
        assertEquals("2024", rows.get(0).child(1).text());
        assertEquals("national-2021", rows.get(0).child(2).text());
        assertEquals("errors", rows.get(0).attr("data-status"));
        assertEquals("2", rows.get(0).child(4).text());
        assertEquals("clean", rows.get(1).attr("data-status"));
        assertEquals("warnings", rows.get(3).attr("data-status"));
        assertEquals("1", index.getElementById("count-errors").text());
        assertEquals("1", index.getElementById("count-warnings").text());
        assertEquals("2", index.getElementById("count-clean").text());
        assertTrue(index.select("script").isEmpty());
    }

    @Test
    void everyFindingLinksToAnAnchorThatExistsOnTheReportPage() throws Exception {
        Map<String, Document> pages = site(null);
        List<Element> links = pages.get("index.html").select("a.finding");
        assertEquals(3, links.size(), "two balance errors and one empty section");
        int cells = 0;
        for (Element a : links) {
            String href = URLDecoder.decode(a.attr("href"), StandardCharsets.UTF_8);
            String page = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            Document target = pages.get(page);
            assertNotNull(target, href);
            Element element = target.getElementById(href.substring(page.length() + 1));
            assertNotNull(element, href);
            if (element.tagName().equals("td")) {
                cells++;
            }
        }
        // The balance errors point at the 总计 cells of table 四 that are wrong.
        assertEquals(2, cells);
        assertTrue(links.get(0).attr("href").endsWith("#review.reconsideration.total"), links.get(0).attr("href"));
        assertTrue(links.get(2).attr("href").endsWith("#other"), links.get(2).attr("href"));
    }

    @Test
    void reportsWithoutErrorsAreSummedPerTemplateAndYear() throws Exception {
        Map<String, Document> pages = site(null);
        List<Element> rollups = pages.get("index.html").select("p.rollup");
        assertEquals(2, rollups.size(), "2024 on national-2021 (two townships) and 2021 (the warned one)");
        assertTrue(rollups.get(0).text().contains("2 份"), rollups.get(0).text());
        assertFalse(rollups.get(0).text().contains("城关镇"), "the report with errors is not summed");
        Document sum = pages.get("rollup/national-2021-2024.html");
        assertNotNull(sum);
        // 石桥镇 and 白沙乡 together: the sum of 本年新收/总计 of the two.
        assertEquals(total(pages, "reports/乡镇/石桥镇-2024.html") + total(pages, "reports/乡镇/白沙乡-2024.html"),
                Long.parseLong(sum.getElementById("applications.new.total").text()));
    }

    private static long total(Map<String, Document> pages, String page) {
        return Long.parseLong(pages.get(page).getElementById("applications.new.total").text());
    }

    @Test
    void theAgenciesExpectedButNotFoundAreListed() throws Exception {
        Document index = site(List.of("城关镇人民政府", "石桥镇人民政府", "青山县教育局")).get("index.html");
        assertEquals(List.of("青山县教育局"), index.select("ul.missing li").eachText());
        assertEquals("1", index.getElementById("count-missing").text());
        assertTrue(index.select("ul.unexpected li").eachText().contains("白沙乡人民政府"));
    }
}
