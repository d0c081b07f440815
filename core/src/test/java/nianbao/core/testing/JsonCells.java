package nianbao.core.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of a report's JSON output ({@code compile --to json}, {@code JsonOutput}) by
 * {@code table/row/column}, in the order written: what the tests that compare every hand-read
 * value read, in core and through the CLI (core's test-jar).
 */
public final class JsonCells {

    private JsonCells() {
    }

    /** Every value of every table the template knows, keyed {@code table/row/column}. */
    public static Map<String, JsonElement> of(JsonObject json) {
        Map<String, JsonElement> out = new LinkedHashMap<>();
        for (JsonElement section : json.getAsJsonArray("sections")) {
            for (JsonElement c : section.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject block = c.getAsJsonObject();
                if (!"table".equals(block.get("type").getAsString()) || block.get("id").isJsonNull()) {
                    continue;
                }
                for (JsonElement r : block.getAsJsonArray("rows")) {
                    JsonObject row = r.getAsJsonObject();
                    if (row.has("values") && !row.get("id").isJsonNull()) {
                        String prefix = block.get("id").getAsString() + "/" + row.get("id").getAsString() + "/";
                        for (Map.Entry<String, JsonElement> v : row.getAsJsonObject("values").entrySet()) {
                            out.put(prefix + v.getKey(), v.getValue());
                        }
                    }
                }
            }
        }
        return out;
    }
}
