package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The editor's preview page: the published page with the findings marked; the published page untouched. */
class PreviewHtmlTest {

    private static String example() throws IOException {
        return Files.readString(Path.of("..", "examples", "guanghua-2021.nianbao"), StandardCharsets.UTF_8);
    }

    /** 本年新收: 自然人 3 while 总计 stays 0; and the row 重复申请 left out. */
    private static Analysis broken() throws IOException {
        String text = example();
        String row = text.lines().filter(l -> l.startsWith("本年新收")).findFirst().orElseThrow();
        String repeated = text.lines().filter(l -> l.startsWith("重复申请")).findFirst().orElseThrow();
        return new Analyzer().analyze(text.replace(row, row.replaceFirst("-", "3")).replace(repeated + "\n", ""));
    }

    @Test
    void everyCellAFindingBlamesIsColouredWithItsMessagesAsTooltipAndItsNumbers() throws IOException {
        Analysis analysis = broken();
        Document page = Jsoup.parse(HtmlOutput.renderPreview(analysis));
        Diagnostic rule = analysis.diagnostics().stream().filter(d -> d.id().startsWith("balance.")).findFirst().orElseThrow();
        int line = rule.range().start().line();
        var marked = page.select("td.nb-error");
        assertTrue(!marked.isEmpty(), page.select("table").first().outerHtml());
        // each marked cell is on a line a finding covers, says that finding, and the blamed cell is among them
        for (Element td : marked) {
            assertTrue(td.attr("title").contains("勾稽关系"), td.outerHtml());
            assertTrue(td.selectFirst("sup.nb-refs") != null, td.outerHtml());
        }
        assertTrue(marked.stream().anyMatch(td -> td.attr("data-line").equals(Integer.toString(line))
                && td.attr("title").contains(rule.message())), marked.outerHtml());
        // the table's rows carry their source lines, for following the cursor
        Element newRow = page.select("tr[data-line]").stream().filter(tr -> tr.text().contains("本年新收")).findFirst()
                .orElseThrow();
        assertEquals(Integer.toString(line), newRow.attr("data-line"));
    }

    @Test
    void findingsAreListedInTheirSectionAndAMissingRowIsMarked() throws IOException {
        Analysis analysis = broken();
        Document page = Jsoup.parse(HtmlOutput.renderPreview(analysis));
        Element section3 = page.select("section").stream().filter(s -> s.selectFirst("h2").text().startsWith("三、"))
                .findFirst().orElseThrow();
        var items = section3.select("ol.nb-findings li");
        long inSection = analysis.diagnostics().stream().filter(d -> d.file() == null)
                .filter(d -> d.range().start().line() >= Integer.parseInt(section3.attr("data-line"))).count();
        assertTrue(items.size() > 0 && items.size() <= inSection, items.outerHtml());
        assertTrue(items.stream().anyMatch(li -> li.text().contains("重复申请")), items.outerHtml());
        Element missing = page.selectFirst("th.nb-missing");
        assertTrue(missing != null && missing.text().contains("重复申请"), page.select("th.row").outerHtml());
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void theCleanExampleHasNoMarksAndThePublishedPageNeverHasAny() throws IOException {
        Analysis clean = new Analyzer().analyze(example());
        Document preview = Jsoup.parse(HtmlOutput.renderPreview(clean));
        assertTrue(preview.select(".nb-error, .nb-warning, .nb-missing, ol.nb-findings").isEmpty(),
                preview.select(".nb-error, .nb-warning, .nb-missing, ol.nb-findings").outerHtml());
        String published = HtmlOutput.render(broken());
        for (String previewOnly : new String[] {"nb-", "data-line", "title=\""}) {
            assertTrue(!published.contains(previewOnly), previewOnly);
        }
        assertEquals(HtmlOutput.render(clean), HtmlOutput.render(new Analyzer().analyze(example())));
    }
}
