package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.Analyzer;
import nianbao.core.check.CheckOptions;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.Template;
import org.junit.jupiter.api.Test;

/** A report published with our own HTML output (rows down, 四 as a grid) imports back to its values. */
class RoundTripTest {

    private static void assertRoundTrip(String example) throws Exception {
        String text = Files.readString(Path.of("../examples", example));
        String html = HtmlOutput.render(new Analyzer().analyze(text));
        ImportResult r = Importer.importBytes(example.replace(".nianbao", ".html"), html.getBytes(StandardCharsets.UTF_8));
        assertFalse(r.tableLost(), r.problems()::toString);
        JsonObject original = ReportValues.document(text);
        JsonObject imported = ReportValues.document(r.nianbaoText());
        assertEquals(ReportValues.tables(original), ReportValues.tables(imported), r.nianbaoText());
        assertEquals(ReportValues.prose(original), ReportValues.prose(imported), r.nianbaoText());
        assertEquals(original.getAsJsonObject("template").get("id"), imported.getAsJsonObject("template").get("id"));
    }

    @Test
    void countyTemplateWithASeventhSection() throws Exception {
        Path examples = Path.of("../examples");
        FileTemplateResolver resolver = new FileTemplateResolver(examples, examples, List.of());
        Analyzer analyzer = new Analyzer(resolver, CheckOptions.DEFAULT);
        String text = Files.readString(examples.resolve("yunxi-2021.nianbao"));
        String html = HtmlOutput.render(analyzer.analyze(text));
        Map<String, Template> templates = new LinkedHashMap<>(Importer.builtInTemplates());
        templates.put("qingshan-county.nbt", resolver.resolve("qingshan-county.nbt").template());

        ImportResult r = Importer.importBytes("yunxi-2021.html", html.getBytes(StandardCharsets.UTF_8), templates);
        assertFalse(r.tableLost(), r.problems()::toString);
        assertEquals("qingshan-county.nbt", r.templateId());
        JsonObject original = JsonOutput.document(analyzer.analyze(text));
        JsonObject imported = JsonOutput.document(analyzer.analyze(r.nianbaoText()));
        assertEquals(ReportValues.tables(original), ReportValues.tables(imported), r.nianbaoText());
        assertEquals(ReportValues.prose(original), ReportValues.prose(imported), r.nianbaoText());

        // With the national templates only, the county's own table is reported lost.
        ImportResult national = Importer.importBytes("yunxi-2021.html", html.getBytes(StandardCharsets.UTF_8));
        assertTrue(national.tableLost());
    }

    @Test
    void guanghua2021() throws Exception {
        assertRoundTrip("guanghua-2021.nianbao");
    }

    @Test
    void yunxi2020InThe2019Format() throws Exception {
        assertRoundTrip("yunxi-2020.nianbao");
    }
}
