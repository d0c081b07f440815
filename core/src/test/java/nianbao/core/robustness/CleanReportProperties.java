package nianbao.core.robustness;

import static nianbao.core.robustness.Documents.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Compiling a clean report loses no paragraph and no figure: both outputs against the source. */
class CleanReportProperties {

    private static final Analyzer ANALYZER = new Analyzer();

    @Provide
    Arbitrary<CleanReports.Clean> clean() {
        return CleanReports.reports();
    }

    /** The generator's reports are clean: otherwise the properties below would test little. */
    @Property
    void generatedReportsAreClean(@ForAll("clean") CleanReports.Clean report) {
        Analysis a = ANALYZER.analyze(report.text());
        assertTrue(!a.hasErrors(), () -> a.diagnostics() + "\n" + report.text());
    }

    @Property
    void jsonKeepsEveryParagraphAndFigure(@ForAll("clean") CleanReports.Clean report) {
        JsonObject doc = guarded(() -> JsonParser.parseString(JsonOutput.render(ANALYZER.analyze(report.text())))
                .getAsJsonObject());
        JsonArray sections = doc.getAsJsonArray("sections");
        List<String> prose = new ArrayList<>();
        List<JsonObject> tables = new ArrayList<>();
        for (JsonElement s : sections) {
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject o = c.getAsJsonObject();
                if (o.get("type").getAsString().equals("table")) {
                    tables.add(o);
                } else {
                    prose.add(o.get("text").getAsString());
                }
            }
        }
        assertEquals(report.prose().stream().flatMap(List::stream).toList(), prose);
        assertEquals(report.tables().size(), tables.size());
        for (int t = 0; t < tables.size(); t++) {
            CleanReports.Table written = report.tables().get(t);
            JsonObject table = tables.get(t);
            List<String> columns = new ArrayList<>();
            table.getAsJsonArray("columns").forEach(c -> columns.add(c.getAsJsonObject().get("id").getAsString()));
            List<JsonObject> rows = new ArrayList<>();
            table.getAsJsonArray("rows").forEach(r -> {
                if (!r.getAsJsonObject().get("heading").getAsBoolean()) {
                    rows.add(r.getAsJsonObject());
                }
            });
            assertEquals(written.rows().size(), rows.size(), written.label());
            for (int r = 0; r < rows.size(); r++) {
                JsonObject values = rows.get(r).getAsJsonObject("values");
                for (int c = 0; c < columns.size(); c++) {
                    String expected = written.values().get(r).get(c);
                    JsonElement actual = values.get(columns.get(c));
                    assertEquals(0, new BigDecimal(expected).compareTo(actual.getAsBigDecimal()),
                            written.label() + " " + written.rows().get(r) + " " + columns.get(c) + ": " + actual);
                }
            }
        }
    }

    @Property
    void htmlKeepsEveryParagraphAndFigure(@ForAll("clean") CleanReports.Clean report) {
        Analysis a = ANALYZER.analyze(report.text());
        Document page = Jsoup.parse(guarded(() -> HtmlOutput.render(a)));
        HtmlSafety.assertSafe(page);
        List<String> shown = page.select("section p, section h3, section h4").eachText();
        List<String> written = report.prose().stream().flatMap(List::stream).map(CleanReportProperties::collapse).toList();
        assertEquals(written, shown);
        JsonObject doc = JsonOutput.document(a);
        int t = 0;
        for (JsonElement s : doc.getAsJsonArray("sections")) {
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject table = c.getAsJsonObject();
                if (!table.get("type").getAsString().equals("table")) {
                    continue;
                }
                CleanReports.Table source = report.tables().get(t++);
                Element element = page.selectFirst("[data-table=" + table.get("id").getAsString() + "]");
                assertNotNull(element, source.label());
                int r = 0;
                for (JsonElement row : table.getAsJsonArray("rows")) {
                    JsonObject o = row.getAsJsonObject();
                    if (o.get("heading").getAsBoolean()) {
                        continue;
                    }
                    int col = 0;
                    for (JsonElement column : table.getAsJsonArray("columns")) {
                        String id = column.getAsJsonObject().get("id").getAsString();
                        Element cell = element.selectFirst("td[data-row=" + o.get("id").getAsString() + "][data-column=" + id + "]");
                        assertNotNull(cell, source.label() + " " + o.get("id") + " " + id);
                        assertEquals(source.values().get(r).get(col), cell.text(), source.label() + " " + o.get("id") + " " + id);
                        col++;
                    }
                    r++;
                }
            }
        }
        assertEquals(report.tables().size(), t);
    }

    /** White space as an HTML parser reads it: runs collapse to one space, the ends are trimmed. */
    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }
}
