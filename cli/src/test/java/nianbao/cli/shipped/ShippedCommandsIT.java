package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.importer.ReportValues;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check, compile, init, sum and diff of the built jar ({@code java -jar cli/target/nianbao.jar}, its
 * libraries in {@code lib/}), each run as a separate process on copies of the real examples.
 */
class ShippedCommandsIT {

    @TempDir
    Path dir;

    @BeforeEach
    void copyExamples() throws IOException {
        try (var files = Files.list(Shipped.root().resolve("examples"))) {
            files.forEach(file -> Shipped.copy(file, dir));
        }
    }

    @Test
    void checkAsTextIsQuietOnTheExampleAndNamesTheCellOfABrokenSum() throws IOException {
        Shipped.Run clean = Shipped.nianbao(dir, "check", "guanghua-2021.nianbao").assertNoStackTrace();
        assertEquals(0, clean.exit(), clean::toString);
        assertEquals("", clean.out(), clean::toString);

        broken();
        Shipped.Run run = Shipped.nianbao(dir, "check", "broken.nianbao").assertNoStackTrace();
        assertEquals(1, run.exit(), run::toString);
        // 本年新收/自然人 is line 40, column 13 of the example.
        Pattern line = Pattern.compile("broken\\.nianbao:40:13: error: .+ \\[balance\\.application]");
        assertTrue(run.outLines().stream().anyMatch(l -> line.matcher(l).matches()), run::toString);
    }

    @Test
    void checkAppliesTheCountyTemplatesLocalRequirements() throws IOException {
        Shipped.Run clean = Shipped.nianbao(dir, "check", "yunxi-2021.nianbao").assertNoStackTrace();
        assertEquals("", clean.out(), clean::toString);
        String example = Files.readString(dir.resolve("yunxi-2021.nianbao"), StandardCharsets.UTF_8);
        String lacking = example.replace("主动公开政府信息152条", "主动公开了一批政府信息");
        assertTrue(!lacking.equals(example), "the example's sentence changed: adapt this test");
        Files.writeString(dir.resolve("yunxi-2021.nianbao"), lacking, StandardCharsets.UTF_8);

        Shipped.Run run = Shipped.nianbao(dir, "check", "yunxi-2021.nianbao").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("yunxi-2021.nianbao:9:3: warning: “总体情况”没有写明全年主动公开政府信息的条数（“青山县乡镇政府信息公开工作年度报告模板”的要求；"
                + "应有“主动公开…×…条”或“主动公开…×…件”或“公开…信息×…条”这样的说法，× 处写数字） [local.required-statement]"), run.outLines());
    }

    @Test
    void checkAsJsonGivesOneDocumentForTheWholeFolder() throws IOException {
        broken();
        Shipped.Run run = Shipped.nianbao(dir, "check", "--format", "json", ".").assertNoStackTrace();
        assertEquals(1, run.exit(), run::toString);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(5, json.getAsJsonObject("summary").get("files").getAsInt(), run::toString);
        assertEquals(2, json.getAsJsonObject("summary").get("errors").getAsInt(), run::toString);
        for (var file : json.getAsJsonArray("files")) {
            String path = file.getAsJsonObject().get("path").getAsString();
            int diagnostics = file.getAsJsonObject().getAsJsonArray("diagnostics").size();
            assertEquals(path.endsWith("broken.nianbao") ? 2 : 0, diagnostics, path);
        }
    }

    @Test
    void compileToHtmlWritesThePublishedPage() throws IOException {
        Shipped.Run run = Shipped.nianbao(dir, "compile", "yunxi-2021.nianbao", "--to", "html", "-o", "out/").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        Path page = dir.resolve("out/yunxi-2021.html");
        Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertEquals("云溪镇2021年政府信息公开工作年度报告", html.title());
        assertEquals(List.of("5", "1", "0", "0", "0", "0", "6"), html.select("td.value[data-row=new]").eachText());
    }

    @Test
    void compileToJsonWritesTheValues() throws IOException {
        Shipped.Run run = Shipped.nianbao(dir, "compile", "yunxi-2021.nianbao", "--to", "json", "-o", "out/").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        JsonObject report = ReportValues.read(dir.resolve("out/yunxi-2021.json"));
        assertEquals("云溪镇人民政府", report.getAsJsonObject("header").get("机关").getAsString());
        // 一、本年新收政府信息公开申请数量, and 行政许可 of table 第二十条第（五）项.
        assertEquals(values("natural", 5, "business", 1, "research", 0, "public-interest", 0, "legal-service", 0, "other", 0, "total", 6),
                ReportValues.row(report, "applications", "new"));
        assertEquals(values("decisions", 41), ReportValues.row(report, "art20-5", "permits"));
    }

    @Test
    void initWritesNextYearsReportThatChecks() throws IOException {
        Shipped.Run run = Shipped.nianbao(dir, "init", "--template", "national-2021", "--agency", "光华镇人民政府",
                "--year", "2022", "--from", "guanghua-2021.nianbao", "-o", "next.nianbao").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        String next = Files.readString(dir.resolve("next.nianbao"), StandardCharsets.UTF_8);
        assertTrue(next.contains("\n年度：2022\n") && next.contains("\n上年报告：guanghua-2021.nianbao\n"), next);
        Shipped.Run check = Shipped.nianbao(dir, "check", "next.nianbao").assertNoStackTrace();
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.outLines().stream().allMatch(l -> l.endsWith("[section.empty]")),
                "a new report only lacks its prose: " + check);
    }

    @Test
    void sumAddsTwoReportsCellByCell() throws IOException {
        Files.writeString(dir.resolve("other.nianbao"), Files.readString(dir.resolve("yunxi-2021.nianbao"), StandardCharsets.UTF_8)
                .replace("机关：云溪镇人民政府", "机关：河西镇人民政府"), StandardCharsets.UTF_8);
        Shipped.Run run = Shipped.nianbao(dir, "sum", "yunxi-2021.nianbao", "other.nianbao", "-o", "total.json",
                "--agency", "青山县").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        JsonObject total = ReportValues.read(dir.resolve("total.json"));
        assertEquals("青山县", total.getAsJsonObject("header").get("机关").getAsString());
        assertEquals(values("natural", 10, "business", 2, "research", 0, "public-interest", 0, "legal-service", 0, "other", 0, "total", 12),
                ReportValues.row(total, "applications", "new"));
        assertEquals(values("decisions", 82), ReportValues.row(total, "art20-5", "permits"));
    }

    @Test
    void diffListsWhatChangedFromLastYearsReport() {
        Shipped.Run run = Shipped.nianbao(dir, "diff", "yunxi-2020.nianbao", "yunxi-2021.nianbao", "--format", "json")
                .assertNoStackTrace();
        assertEquals(1, run.exit(), "changes were found: " + run);
        JsonObject diff = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(2020, diff.getAsJsonObject("lastYear").get("year").getAsInt());
        assertEquals("qingshan-county", diff.getAsJsonObject("thisYear").get("template").getAsString());
        // 行政规范性文件 / 本年制发件数: 2 in the 2020 report, 3 in 2021 (line 20 of yunxi-2021).
        JsonObject cell = diff.getAsJsonArray("tables").get(0).getAsJsonObject().getAsJsonArray("cells").get(0).getAsJsonObject();
        assertEquals("行政规范性文件", cell.get("rowLabel").getAsString(), cell::toString);
        assertEquals(2, cell.get("old").getAsInt(), cell::toString);
        assertEquals(3, cell.get("new").getAsInt(), cell::toString);
    }

    /** A row's values as a JSON document holds them: column id, number, column id, number… */
    private static JsonObject values(Object... pairs) {
        JsonObject values = new JsonObject();
        for (int i = 0; i < pairs.length; i += 2) {
            values.addProperty((String) pairs[i], (Number) pairs[i + 1]);
        }
        return values;
    }

    /** The example with 本年新收/自然人 changed from blank to 3, which breaks two sums. */
    private void broken() throws IOException {
        String text = Files.readString(dir.resolve("guanghua-2021.nianbao"), StandardCharsets.UTF_8);
        String row = "本年新收        -       -";
        assertTrue(text.contains(row), "the example still has a blank 本年新收 row");
        Files.writeString(dir.resolve("broken.nianbao"), text.replace(row, "本年新收        3       -"), StandardCharsets.UTF_8);
    }
}
