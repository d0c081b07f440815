package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonOutputTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "guanghua-2021.nianbao");
    private static final Path SCHEMA = Path.of("..", "docs", "report.schema.json");

    private static final JsonSchema SCHEMA_VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Golden.read(SCHEMA));

    private static String json(Path report) {
        Analysis analysis = new Analyzer().analyze(Golden.read(report));
        return JsonOutput.render(analysis);
    }

    private static Set<ValidationMessage> validate(String json) {
        return SCHEMA_VALIDATOR.validate(json, InputFormat.JSON);
    }

    @Test
    void theExampleMatchesItsGoldenJson() {
        Golden.assertMatches(Golden.RESOURCES.resolve("golden/guanghua-2021.json"), json(EXAMPLE));
    }

    @Test
    void theExampleFollowsTheSchema() {
        assertEquals(Set.of(), validate(json(EXAMPLE)));
    }

    @Test
    void aBrokenReportStillFollowsTheSchema() {
        String json = json(Golden.RESOURCES.resolve("golden/broken.nianbao"));
        JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
        assertTrue(doc.getAsJsonArray("diagnostics").size() > 10, "the broken report is broken");
        assertEquals(Set.of(), validate(json));
    }

    @Test
    void theSchemaRejectsDocumentsOfAnotherShape() {
        String json = json(EXAMPLE);
        List<Consumer<JsonObject>> breakages = List.of(
                doc -> doc.remove("sections"),
                doc -> doc.remove("preamble"),
                doc -> doc.addProperty("formatVersion", 2),
                doc -> doc.addProperty("extra", true),
                doc -> firstTable(doc).getAsJsonArray("rows").get(0).getAsJsonObject()
                        .getAsJsonObject("values").addProperty("natural", "3"),
                doc -> firstTable(doc).getAsJsonArray("rows").get(0).getAsJsonObject().remove("values"),
                doc -> firstTable(doc).getAsJsonArray("columns").get(0).getAsJsonObject().addProperty("kind", "money"),
                doc -> doc.getAsJsonArray("sections").get(0).getAsJsonObject().getAsJsonArray("content").get(0)
                        .getAsJsonObject().addProperty("type", "quote"),
                doc -> {
                    JsonObject d = new JsonObject();
                    d.addProperty("id", "row.unknown");
                    d.addProperty("severity", "fatal");
                    d.addProperty("message", "x");
                    d.add("range", JsonOutput.range(nianbao.syntax.Range.of(0, 0, 0, 1)));
                    doc.getAsJsonArray("diagnostics").add(d);
                });
        for (Consumer<JsonObject> breakage : breakages) {
            JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
            breakage.accept(doc);
            assertFalse(validate(doc.toString()).isEmpty(), doc.toString());
        }
    }

    /** Content before the first heading is an error, and it is kept, in order, under preamble. */
    @Test
    void contentBeforeTheFirstHeadingIsInThePreamble() {
        String json = json(Golden.RESOURCES.resolve("fixtures/content.outside-section/fires.nianbao"));
        assertEquals(Set.of(), validate(json));
        JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
        JsonArray preamble = doc.getAsJsonArray("preamble");
        assertEquals(2, preamble.size());
        JsonObject prose = preamble.get(0).getAsJsonObject();
        assertEquals("paragraph", prose.get("type").getAsString());
        assertEquals("这一行不是键值对，应写在章节里", prose.get("text").getAsString());
        JsonObject table = preamble.get(1).getAsJsonObject();
        assertEquals("art20-8", table.get("id").getAsString());
        JsonObject fees = table.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals(0, fees.getAsJsonObject("values").get("amount").getAsInt());
        assertFalse(fees.get("implicit").getAsBoolean());
        // The sections do not repeat it.
        assertEquals(json.indexOf("这一行不是键值对"), json.lastIndexOf("这一行不是键值对"), "written once");
        assertTrue(doc.getAsJsonArray("diagnostics").toString().contains("content.outside-section"));
    }

    @Test
    void aReportWithNothingBeforeItsFirstHeadingHasAnEmptyPreamble() {
        JsonObject doc = JsonParser.parseString(json(EXAMPLE)).getAsJsonObject();
        assertEquals(new JsonArray(), doc.getAsJsonArray("preamble"));
    }

    private static JsonObject firstTable(JsonObject doc) {
        for (JsonElement s : doc.getAsJsonArray("sections")) {
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                if (c.getAsJsonObject().get("type").getAsString().equals("table")) {
                    return c.getAsJsonObject();
                }
            }
        }
        throw new AssertionError("no table");
    }

    /**
     * Read from the source text by line kind alone (not through the parser): every line of prose
     * and every sub-heading in order, and every table's cells, must be in the JSON.
     */
    @ParameterizedTest
    @ValueSource(strings = {"../examples/guanghua-2021.nianbao", "src/test/resources/fixtures/balanced-nonzero.nianbao"})
    void everyParagraphAndEveryNumberOfTheSourceIsInTheJson(String file) {
        Path report = Path.of(file);
        List<String> prose = new ArrayList<>();
        List<List<String>> tables = new ArrayList<>();
        boolean inSections = false;
        List<String> table = null;
        for (String raw : Golden.read(report).split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                inSections = true;
                table = null;
                if (line.startsWith("##")) {
                    prose.add(line.replaceFirst("^#+", "").strip());
                }
            } else if (line.isEmpty()) {
                table = null;
            } else if (line.startsWith("//") || !inSections) {
                // a comment, or the header before the first section: neither prose nor a table
            } else if (line.startsWith("[")) {
                table = new ArrayList<>();
                tables.add(table);
            } else if (table != null) {
                String[] cells = line.split("[ \\t\\u3000]+");
                for (int i = 1; i < cells.length; i++) {
                    table.add(cells[i]);
                }
            } else {
                prose.add(line);
            }
        }

        JsonObject doc = JsonParser.parseString(json(report)).getAsJsonObject();
        List<String> jsonProse = new ArrayList<>();
        List<List<String>> jsonTables = new ArrayList<>();
        for (JsonElement s : doc.getAsJsonArray("sections")) {
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject o = c.getAsJsonObject();
                if (!o.get("type").getAsString().equals("table")) {
                    jsonProse.add(o.get("text").getAsString());
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (JsonElement r : o.getAsJsonArray("rows")) {
                    JsonObject row = r.getAsJsonObject();
                    if (row.has("values")) {
                        assertFalse(row.get("implicit").getAsBoolean(), "the source writes every row");
                        for (var e : row.getAsJsonObject("values").entrySet()) {
                            values.add(e.getValue().isJsonNull() ? "-" : e.getValue().getAsBigDecimal().toPlainString());
                        }
                    }
                }
                jsonTables.add(values);
            }
        }
        assertEquals(prose, jsonProse);
        assertEquals(tables.size(), jsonTables.size());
        for (int i = 0; i < tables.size(); i++) {
            // Rows come in template order in the JSON, so compare the cells as multisets.
            List<String> written = tables.get(i).stream().map(v -> v.equals("-") ? v : new BigDecimal(v).toPlainString())
                    .sorted().toList();
            assertEquals(written, jsonTables.get(i).stream().sorted().toList(), "table " + (i + 1));
        }
        assertTrue(prose.size() >= 10 && tables.stream().mapToInt(List::size).sum() >= 200, "the scan found the content");
        JsonObject header = doc.getAsJsonObject("header");
        for (String line : Golden.read(report).split("\\R")) {
            if (line.startsWith("#")) {
                break;
            }
            String[] kv = line.split("[：:]", 2);
            if (kv.length == 2 && !line.startsWith("//")) {
                assertEquals(kv[1].strip(), header.get(kv[0].strip()).getAsString(), line);
            }
        }
        assertEquals(4, header.size());
        assertEquals(2021, doc.get("year").getAsInt());
    }
}
