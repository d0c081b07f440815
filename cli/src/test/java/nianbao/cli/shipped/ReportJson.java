package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report as {@code nianbao compile --to json} writes it (docs/report.schema.json): its header and table values. */
final class ReportJson {

    private final JsonObject json;

    private ReportJson(JsonObject json) {
        this.json = json;
    }

    static ReportJson read(Path file) throws IOException {
        return new ReportJson(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject());
    }

    String header(String key) {
        JsonElement value = json.getAsJsonObject("header").get(key);
        return value == null ? null : value.getAsString();
    }

    String templateId() {
        return json.getAsJsonObject("template").get("id").getAsString();
    }

    /** The table of this id; fails if the report has none. */
    JsonObject table(String id) {
        for (JsonElement section : json.getAsJsonArray("sections")) {
            for (JsonElement content : section.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject item = content.getAsJsonObject();
                if (item.get("type").getAsString().equals("table") && item.get("id").getAsString().equals(id)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no table " + id + " in the report");
    }

    /** The id of the table whose label is {@code label}; fails if the report has none. */
    String tableIdLabelled(String label) {
        for (JsonElement section : json.getAsJsonArray("sections")) {
            for (JsonElement content : section.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject item = content.getAsJsonObject();
                if (item.get("type").getAsString().equals("table") && item.get("label").getAsString().equals(label)) {
                    return item.get("id").getAsString();
                }
            }
        }
        throw new AssertionError("no table labelled " + label + " in the report");
    }

    /** Every table of the report, by id, with its rows as {@link #rows} gives them. */
    Map<String, Map<String, List<Double>>> tables() {
        Map<String, Map<String, List<Double>>> tables = new LinkedHashMap<>();
        for (JsonElement section : json.getAsJsonArray("sections")) {
            for (JsonElement content : section.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject item = content.getAsJsonObject();
                if (item.get("type").getAsString().equals("table")) {
                    tables.put(item.get("id").getAsString(), rows(item.get("id").getAsString()));
                }
            }
        }
        return tables;
    }

    /** The rows holding values, by label, each with its values in column order (null: blank). */
    Map<String, List<Double>> rows(String tableId) {
        JsonObject table = table(tableId);
        List<String> columns = new ArrayList<>();
        table.getAsJsonArray("columns").forEach(c -> columns.add(c.getAsJsonObject().get("id").getAsString()));
        Map<String, List<Double>> rows = new LinkedHashMap<>();
        for (JsonElement element : table.getAsJsonArray("rows")) {
            JsonObject row = element.getAsJsonObject();
            if (row.get("heading").getAsBoolean()) {
                continue;
            }
            JsonObject values = row.getAsJsonObject("values");
            List<Double> cells = new ArrayList<>();
            for (String column : columns) {
                JsonElement value = values.get(column);
                cells.add(value == null || value.isJsonNull() ? null : value.getAsDouble());
            }
            rows.put(row.get("label").getAsString(), cells);
        }
        return rows;
    }

    List<Double> row(String tableId, String label) {
        List<Double> row = rows(tableId).get(label);
        assertTrue(row != null, () -> "no row " + label + " in table " + tableId + ": " + rows(tableId).keySet());
        return row;
    }
}
