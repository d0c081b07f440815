package nianbao.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import nianbao.core.Analyzer;
import nianbao.core.output.JsonOutput;

/** The parts of a report's JSON document that an import must reproduce: table values and prose. */
final class ReportValues {

    private ReportValues() {
    }

    static JsonObject document(String text) {
        return JsonOutput.document(new Analyzer().analyze(text));
    }

    /** Per section id: per table id, per row id, the values object. */
    static JsonObject tables(JsonObject document) {
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

    /** Per section id, its prose pieces (type, ordinal, text) in order. */
    static JsonObject prose(JsonObject document) {
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
