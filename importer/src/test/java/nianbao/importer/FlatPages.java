package nianbao.importer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The corpus files whose whole page is on one line (their JSON has {@code tables_left_out}):
 * the import must keep the six sections with the prose the JSON quotes, and report each table it
 * lists as run together ({@code import.table-run-together}), leaving it out, and no other. The
 * other tables' cells are compared by {@link RealCorpusTest}: a row whose values are apart may be
 * read, a number run together never is.
 */
final class FlatPages {

    private FlatPages() {
    }

    /** Checks the file; returns the tables (by label) it must leave out. */
    static List<String> compare(String file, JsonObject hand, JsonObject doc, ImportResult result, List<String> failures) {
        List<ImportProblem> reported = result.problems().stream().filter(p -> p.kind() == ProblemId.TABLE_RUN_TOGETHER).toList();
        List<String> tables = hand.getAsJsonArray("tables_left_out").asList().stream().map(JsonElement::getAsString).toList();
        for (String table : tables) {
            if (reported.stream().noneMatch(p -> p.message().contains("表「" + table + "」"))) {
                failures.add(file + ": table " + table + " not reported as run together: " + reported);
            }
        }
        if (reported.size() != tables.size()) {
            failures.add(file + ": " + reported.size() + " tables reported as run together, " + tables.size() + " expected: " + reported);
        }
        if (result.problems().stream().anyMatch(p -> p.kind() == ProblemId.NOT_A_REPORT)) {
            failures.add(file + ": refused as no report");
        }
        int sections = 0;
        for (JsonElement s : doc.getAsJsonArray("sections")) {
            sections++;
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject o = c.getAsJsonObject();
                if (o.get("type").getAsString().equals("table") && tables.contains(o.get("label").getAsString())) {
                    failures.add(file + ": a table reported as run together is in the report: " + o.get("label"));
                }
            }
        }
        if (sections != 6) {
            failures.add(file + ": " + sections + " sections imported, 6 expected");
        }
        for (Map.Entry<String, JsonElement> prose : hand.getAsJsonObject("prose").entrySet()) {
            String text = sectionText(doc, prose.getKey());
            if (text == null) {
                failures.add(file + ": section " + prose.getKey() + " not imported");
            } else if (!text.contains(prose.getValue().getAsString())) {
                failures.add(file + ": section " + prose.getKey() + " lacks 「" + prose.getValue().getAsString() + "」: " + text);
            }
        }
        return tables;
    }

    /** The prose of a section by its official label, lines joined, or null. */
    private static String sectionText(JsonObject doc, String label) {
        for (JsonElement s : doc.getAsJsonArray("sections")) {
            JsonObject section = s.getAsJsonObject();
            if (section.get("label").getAsString().equals(label)) {
                StringBuilder text = new StringBuilder();
                for (JsonElement c : section.getAsJsonArray("content")) {
                    if (c.getAsJsonObject().has("text")) {
                        text.append(c.getAsJsonObject().get("text").getAsString()).append('\n');
                    }
                }
                return text.toString();
            }
        }
        return null;
    }
}
