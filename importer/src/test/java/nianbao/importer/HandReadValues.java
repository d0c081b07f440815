package nianbao.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.text.NameIndex;

/**
 * The hand-read cells of a real report (the {@code .json} beside it in {@code real/}: a number as
 * published, {@code null} for an empty cell, {@code "NR"} for a cell not read) and how many of
 * them an import reproduces exactly. Public, in the importer's test-jar: the CLI's tests of the
 * shipped jar score its imports with it too.
 */
public final class HandReadValues {

    /** One hand-read cell: where it is in the template, and what it holds (null: empty). */
    public record Expected(TableDef table, RowDef row, ColumnDef column, BigDecimal value) {
    }

    /** A cell the import did not reproduce. */
    public record Miss(Expected cell, String actual) {
        @Override
        public String toString() {
            return cell.table().id() + "/" + cell.row().id() + "/" + cell.column().id() + " expected " + cell.value()
                    + " got " + actual;
        }
    }

    /** The figure: cells exact out of cells read by hand, and the misses. */
    public record Score(int exact, int total, List<Miss> misses) {
        @Override
        public String toString() {
            return exact + "/" + total + (misses.isEmpty() ? "" : " misses: " + misses);
        }
    }

    private HandReadValues() {
    }

    public static List<Expected> load(Path json, Template template) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
        List<Expected> out = new ArrayList<>();
        JsonObject t2 = root.getAsJsonObject("table2");
        for (Map.Entry<String, JsonElement> e : t2.entrySet()) {
            if (!e.getValue().isJsonObject()) {
                continue;
            }
            String name = e.getKey().substring(0, e.getKey().indexOf('项') + 1);
            TableDef table = found(template.tableIndex(), name);
            for (Map.Entry<String, JsonElement> r : e.getValue().getAsJsonObject().entrySet()) {
                RowDef row = found(table.rowIndex(), r.getKey());
                JsonArray values = r.getValue().isJsonArray() ? r.getValue().getAsJsonArray() : single(r.getValue());
                for (int i = 0; i < values.size(); i++) {
                    add(out, table, row, table.columns().get(i), values.get(i));
                }
            }
        }
        TableDef applications = template.tables().stream().filter(t -> t.id().equals("applications")).findFirst().orElseThrow();
        JsonObject t3 = root.getAsJsonObject("table3");
        List<ColumnDef> columns = new ArrayList<>();
        for (JsonElement c : t3.getAsJsonArray("columns")) {
            columns.add(found(applications.columnIndex(), c.getAsString()));
        }
        for (Map.Entry<String, JsonElement> r : t3.getAsJsonObject("rows").entrySet()) {
            // "（三）1.属于国家秘密": the group's ordinal before the row's; "(2019: single row)": a note.
            String label = r.getKey().replaceAll("\\(2019[^)]*\\)$", "").replaceAll("^（[一二三四五六七]）(?=[0-9])", "");
            RowDef row = found(applications.rowIndex(), label);
            JsonArray values = r.getValue().getAsJsonArray();
            for (int i = 0; i < values.size(); i++) {
                add(out, applications, row, columns.get(i), values.get(i));
            }
        }
        TableDef review = template.tables().stream().filter(t -> t.id().equals("review")).findFirst().orElseThrow();
        JsonArray t4 = root.getAsJsonObject("table4").getAsJsonArray("values");
        List<ValueKey> keys = HeaderTree.templateOrder(review);
        for (int i = 0; i < t4.size(); i++) {
            add(out, review, keys.get(i).row(), keys.get(i).column(), t4.get(i));
        }
        return out;
    }

    private static JsonArray single(JsonElement e) {
        JsonArray a = new JsonArray();
        a.add(e);
        return a;
    }

    private static void add(List<Expected> out, TableDef table, RowDef row, ColumnDef column, JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && value.getAsString().equals("NR")) {
            return;
        }
        out.add(new Expected(table, row, column, value.isJsonNull() ? null : value.getAsBigDecimal()));
    }

    private static <T> T found(NameIndex<T> index, String name) {
        if (index.lookup(name) instanceof NameIndex.Found<T> f) {
            return f.thing();
        }
        throw new AssertionError("the template has no " + name);
    }

    /** Compares the hand-read cells with an imported report's values (its JSON document). */
    public static Score score(List<Expected> expected, JsonObject document) {
        JsonObject tables = ReportValues.tables(document);
        int exact = 0;
        List<Miss> misses = new ArrayList<>();
        for (Expected e : expected) {
            String key = "\"" + e.table().section().id() + "\"/" + e.table().id();
            JsonObject rows = tables.getAsJsonObject(key);
            JsonObject values = rows == null ? null : rows.getAsJsonObject(e.row().id());
            JsonElement actual = values == null ? null : values.get(e.column().id());
            boolean same = actual != null && (e.value() == null ? actual.isJsonNull()
                    : !actual.isJsonNull() && actual.getAsBigDecimal().compareTo(e.value()) == 0);
            if (same) {
                exact++;
            } else {
                misses.add(new Miss(e, String.valueOf(actual)));
            }
        }
        return new Score(exact, expected.size(), misses);
    }
}
