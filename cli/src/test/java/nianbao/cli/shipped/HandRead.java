package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cells of a real report read by hand (the {@code .json} beside it, format of
 * shared/real-reports/README.md), compared with what the shipped importer made of the report.
 */
final class HandRead {

    private final JsonObject hand;

    private HandRead(JsonObject hand) {
        this.hand = hand;
    }

    static HandRead of(Path json) throws IOException {
        return new HandRead(JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject());
    }

    /**
     * Asserts that every hand-read cell of tables 二, 三 and 四 is the imported value; returns how
     * many cells were compared. Table 三 is compared row by row in order when the report has the
     * same rows as the hand reading (the 2021 layout), else by the rows whose labels are the same.
     */
    int assertEveryCell(ReportJson report) {
        int cells = 0;
        JsonObject table2 = hand.getAsJsonObject("table2");
        for (Map.Entry<String, JsonElement> table : table2.entrySet()) {
            if (!table.getValue().isJsonObject()) {
                continue;
            }
            String label = table.getKey().split(" ")[0];
            Map<String, List<Double>> rows = report.rows(report.tableIdLabelled(label));
            for (Map.Entry<String, JsonElement> row : table.getValue().getAsJsonObject().entrySet()) {
                List<Double> imported = rows.get(row.getKey());
                assertTrue(imported != null, () -> label + " has no row " + row.getKey() + ": " + rows.keySet());
                cells += compare(label + " " + row.getKey(), row.getValue(), imported);
            }
        }
        Map<String, List<Double>> applications = report.rows("applications");
        JsonObject table3 = hand.getAsJsonObject("table3").getAsJsonObject("rows");
        if (table3.size() == applications.size()) {
            List<List<Double>> importedRows = new ArrayList<>(applications.values());
            int i = 0;
            for (Map.Entry<String, JsonElement> row : table3.entrySet()) {
                cells += compare("三 " + row.getKey(), row.getValue(), importedRows.get(i++));
            }
        } else {
            for (Map.Entry<String, JsonElement> row : table3.entrySet()) {
                if (applications.containsKey(row.getKey())) {
                    cells += compare("三 " + row.getKey(), row.getValue(), applications.get(row.getKey()));
                }
            }
        }
        List<Double> review = new ArrayList<>();
        report.rows("review").values().forEach(review::addAll);
        cells += compare("四", hand.getAsJsonObject("table4").get("values"), review);
        return cells;
    }

    private static int compare(String where, JsonElement expected, List<Double> imported) {
        com.google.gson.JsonArray values;
        if (expected.isJsonArray()) {
            values = expected.getAsJsonArray();
        } else {
            values = new com.google.gson.JsonArray();
            values.add(expected); // a table of one column: the value alone
        }
        assertEquals(values.size(), imported.size(), where + ": " + imported);
        int cells = 0;
        for (int i = 0; i < values.size(); i++) {
            JsonElement value = values.get(i);
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
                continue; // "NR": not read by hand
            }
            Double want = value.isJsonNull() ? null : value.getAsDouble();
            assertEquals(want, imported.get(i), where + ", cell " + (i + 1) + ": " + imported);
            cells++;
        }
        return cells;
    }
}
