package nianbao.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county's folder whose reports use its template (examples/qingshan-county.nbt): the review
 * lists a report that lacks a locally required statement as warned, with the finding linked to
 * the section on its page, as the CLI's review reads the folder (through {@link ReportFiles}).
 */
class ReviewLocalRequirementsTest {

    @TempDir
    Path dir;

    @Test
    void aLocalFindingIsListedAndLinkedLikeTheOthers() throws Exception {
        Files.copy(ExampleFiles.path("qingshan-county.nbt"), dir.resolve("qingshan-county.nbt"));
        Files.copy(ExampleFiles.path("yunxi-2020.nianbao"), dir.resolve("yunxi-2020.nianbao"));
        String example = ExampleFiles.read("yunxi-2021.nianbao");
        String lacking = example.replace("、政策解读25条。", "。");
        assertTrue(!lacking.equals(example), "the example's sentence changed: adapt this test");
        Files.writeString(dir.resolve("yunxi-2021.nianbao"), lacking, StandardCharsets.UTF_8);

        ReportFiles files = new ReportFiles(dir, List.of(), CheckOptions.DEFAULT);
        List<Review.Entry> entries = new ArrayList<>();
        for (String name : List.of("yunxi-2021.nianbao")) {
            Path file = dir.resolve(name);
            entries.add(new Review.Entry(name, files.analyze(file, Files.readString(file, StandardCharsets.UTF_8))));
        }
        Document index = null;
        Document page = null;
        for (Review.SiteFile f : Review.site(entries, null, "青山县", (p, t) -> files.analyze(dir.resolve(p), t))) {
            if (f.path().equals("index.html")) {
                index = Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8));
            } else if (f.path().equals("reports/yunxi-2021.html")) {
                page = Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8));
            }
        }
        assertNotNull(index);
        assertNotNull(page);
        Element row = index.select("tr.report").get(0);
        assertEquals("qingshan-county", row.child(2).text());
        assertEquals("warnings", row.attr("data-status"));
        List<Element> findings = index.select("ol.findings li");
        assertEquals(1, findings.size(), findings.toString());
        Element finding = findings.get(0);
        assertTrue(finding.text().contains("“总体情况”没有写明全年发布政策解读的数量"), finding.text());
        assertTrue(finding.text().contains("青山县乡镇政府信息公开工作年度报告模板"), finding.text());
        assertEquals("[local.required-statement]", finding.select("span.id").text());
        String href = URLDecoder.decode(finding.selectFirst("a.finding").attr("href"), StandardCharsets.UTF_8);
        assertTrue(href.startsWith("reports/yunxi-2021.html#"), href);
        assertNotNull(page.getElementById(href.substring(href.indexOf('#') + 1)), "the anchor exists on the page: " + href);
    }
}
