package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.core.Analyzer;
import nianbao.core.output.HtmlOutput;
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
    void guanghua2021() throws Exception {
        assertRoundTrip("guanghua-2021.nianbao");
    }

    @Test
    void yunxi2020InThe2019Format() throws Exception {
        assertRoundTrip("yunxi-2020.nianbao");
    }
}
