package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitAndSumCommandTest {

    @TempDir
    Path dir;

    private void copyExamples(String... names) throws Exception {
        Path examples = Fixtures.example().getParent();
        for (String name : names) {
            Files.copy(examples.resolve(name), dir.resolve(name));
        }
    }

    @Test
    void initWritesAReportThatChecksWithoutErrorsAndCompiles() throws Exception {
        Cli.Run init = Cli.run(dir, "init", "--template", "national-2021", "--agency", "光华镇人民政府", "--year", "2022",
                "-o", "guanghua-2022.nianbao");
        assertEquals(0, init.exit(), init.toString());
        String text = Files.readString(dir.resolve("guanghua-2022.nianbao"), StandardCharsets.UTF_8);
        assertTrue(text.contains("年度：2022") && text.contains("模板：national-2021"), text);
        Cli.Run check = Cli.run(dir, "check", "guanghua-2022.nianbao");
        assertEquals(0, check.exit(), check.toString());
        Cli.Run compile = Cli.run(dir, "compile", "guanghua-2022.nianbao", "--to", "json");
        assertEquals(0, compile.exit(), compile.toString());
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("guanghua-2022.json"))).getAsJsonObject();
        assertEquals(2022, json.get("year").getAsInt());
        // An existing file is never overwritten.
        Cli.Run again = Cli.run(dir, "init", "--template", "national-2021", "--agency", "x", "--year", "2022",
                "-o", "guanghua-2022.nianbao");
        assertEquals(2, again.exit());
        again.assertNoStackTrace();
    }

    @Test
    void initFromLastYearCarriesTheValuesLastYearCarriedForward() throws Exception {
        copyExamples("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt");
        Cli.Run init = Cli.run(dir, "init", "-t", "qingshan-county.nbt", "--agency", "云溪镇人民政府", "--year", "2022",
                "--from", "yunxi-2021.nianbao", "-o", "yunxi-2022.nianbao");
        assertEquals(0, init.exit(), init.toString());
        String text = Files.readString(dir.resolve("yunxi-2022.nianbao"), StandardCharsets.UTF_8);
        assertTrue(text.contains("上年报告：yunxi-2021.nianbao"));
        String carried = text.lines().filter(l -> l.startsWith("上年结转")).findFirst().orElseThrow();
        assertEquals(List.of("上年结转", "1", "0", "0", "0", "0", "0", "1"), List.of(carried.trim().split("\\s+")));
        // The carried row agrees with last year: no carry.* finding, only the sums a clerk still has to fill in.
        Cli.Run check = Cli.run(dir, "check", "yunxi-2022.nianbao");
        assertFalse(check.out().contains("[carry.applications]"), check.toString());
        assertTrue(check.out().contains("[balance.application]"), check.toString());
    }

    @Test
    void initWithAnUnknownTemplateIsAUsageError() throws Exception {
        Cli.Run run = Cli.run(dir, "init", "-t", "nowhere", "--agency", "x", "--year", "2022");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("找不到模板“nowhere”"), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void sumAddsReportsAndRefusesMixedTemplates() throws Exception {
        String a = Fixtures.exampleWith("本年新收        -       -         -         -             -             -     0",
                "本年新收        2       1         -         -             -             -     3")
                .replace("予以公开        -       -         -         -             -             -     0",
                        "予以公开        2       1         -         -             -             -     3")
                .replace("（七）总计      -       -         -         -             -             -     0",
                        "（七）总计      2       1         -         -             -             -     3");
        Files.writeString(dir.resolve("a.nianbao"), a);
        Files.writeString(dir.resolve("b.nianbao"), a);
        Files.writeString(dir.resolve("c.nianbao"), Fixtures.exampleText());
        Cli.Run sum = Cli.run(dir, "sum", "a.nianbao", "b.nianbao", "c.nianbao", "-o", "total.json", "--agency", "青山县");
        assertEquals(0, sum.exit(), sum.toString());
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("total.json"))).getAsJsonObject();
        String values = json.toString();
        assertTrue(values.contains("\"id\":\"new\""));
        var applications = json.getAsJsonArray("sections").get(2).getAsJsonObject().getAsJsonArray("content").asList().stream()
                .map(e -> e.getAsJsonObject()).filter(o -> o.get("type").getAsString().equals("table")).findFirst().orElseThrow();
        var newRow = applications.getAsJsonArray("rows").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("id").getAsString().equals("new")).findFirst().orElseThrow();
        assertEquals(4, newRow.getAsJsonObject("values").get("natural").getAsInt());
        assertEquals(2, newRow.getAsJsonObject("values").get("business").getAsInt());
        assertEquals(6, newRow.getAsJsonObject("values").get("total").getAsInt());

        copyExamples("yunxi-2020.nianbao");
        Cli.Run mixed = Cli.run(dir, "sum", "a.nianbao", "yunxi-2020.nianbao", "-o", "mixed.nianbao");
        assertEquals(2, mixed.exit());
        assertTrue(mixed.err().contains("模板不同"), mixed.err());
        assertFalse(Files.exists(dir.resolve("mixed.nianbao")));
    }
}
