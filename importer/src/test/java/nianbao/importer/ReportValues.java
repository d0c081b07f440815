package nianbao.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.core.Analyzer;
import nianbao.core.output.JsonOutput;

/**
 * The parts of a report's JSON document (docs/report.schema.json) that an import must reproduce:
 * table values and prose. Public, in the importer's test-jar: the CLI's tests read the documents
 * the shipped jar writes with it too.
 */
public final class ReportValues {

    private ReportValues() {
    }

    /** The JSON document of a report's text, as {@code compile --to json} writes it. */
    public static JsonObject document(String text) {
        return JsonOutput.document(new Analyzer().analyze(text));
    }

    /** A JSON document written to a file (by {@code compile --to json} or {@code sum}). */
    public static JsonObject read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** Per section id: per table id, per row id, the values object. */
    public static JsonObject tables(JsonObject document) {
        JsonObject out = new JsonObject();
        for (JsonElement s : document.getAsJsonArray("sections")) {
            JsonObject section = s.getAsJsonObject();
            for (JsonElement c : section.getAsJsonArray("content")) {
                JsonObject content = c.getAsJsonObject();
                if (!content.get("type").getAsString().equals("table")) {
                    continue;
                }
                JsonObject rows = new JsonObject();
                for (JsonElement r : content.getAsJsonArray("rows")) {
                    JsonObject row = r.getAsJsonObject();
                    if (row.has("values")) {
                        rows.add(row.get("id").getAsString(), row.get("values"));
                    }
                }
                out.add(section.get("id") + "/" + content.get("id").getAsString(), rows);
            }
        }
        return out;
    }

    /**
     * The values of one row, by column id, in the first table of that id; fails when the document
     * has no such row.
     */
    public static JsonObject row(JsonObject document, String tableId, String rowId) {
        for (var tables : tables(document).entrySet()) {
            if (tables.getKey().endsWith("/" + tableId) && tables.getValue().getAsJsonObject().has(rowId)) {
                return tables.getValue().getAsJsonObject().getAsJsonObject(rowId);
            }
        }
        throw new AssertionError("no row " + rowId + " in a table " + tableId + ": " + tables(document).keySet());
    }

    /** Per section id, its prose pieces (type, ordinal, text) in order. */
    public static JsonObject prose(JsonObject document) {
        JsonObject out = new JsonObject();
        for (JsonElement s : document.getAsJsonArray("sections")) {
            JsonObject section = s.getAsJsonObject();
            JsonArray pieces = new JsonArray();
            for (JsonElement c : section.getAsJsonArray("content")) {
                if (!c.getAsJsonObject().get("type").getAsString().equals("table")) {
                    pieces.add(c);
                }
            }
            out.add(String.valueOf(section.get("id")), pieces);
        }
        return out;
    }
}
