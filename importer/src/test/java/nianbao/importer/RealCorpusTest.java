package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.TreeMap;
import java.util.stream.Stream;
import nianbao.core.Analyzer;
import nianbao.core.output.JsonOutput;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import org.junit.jupiter.api.Test;

/**
 * Every real published report under {@code src/test/resources/real/} is imported and checked
 * against the values read from it by hand (the {@code .json} beside it): every hand-read cell
 * must come in exact, every table must be found, a cell must never come in with another value
 * than the one published, and {@code check} after the import must report every genuine error
 * listed in the JSON and no error that is not listed. A file the importer cannot read yet is
 * marked {@code "pending"} in its JSON and reported, not failed. A page of which only the
 * beginning is stored ({@code "excerpt"}) is compared as far as it goes. The figures per kind of
 * file are printed.
 *
 * <p>Over a hundred lines of comparison live in one place on purpose: the corpus format
 * (README.md in the folder) and its reading are one thing.
 */
class RealCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/real");

    /** The corpus JSON names table 三's rows by official label; the templates name them by id. */
    private static final Map<String, String> T3_ROWS = Map.ofEntries(
            Map.entry("一、本年新收政府信息公开申请数量", "new"), Map.entry("二、上年结转政府信息公开申请数量", "carried-over"),
            Map.entry("（一）予以公开", "disclosed"), Map.entry("（二）部分公开", "partial"),
            Map.entry("（三）1.属于国家秘密", "state-secret"), Map.entry("（三）2.其他法律行政法规禁止公开", "prohibited"),
            Map.entry("（三）3.危及“三安全一稳定”", "three-security"), Map.entry("（三）4.保护第三方合法权益", "third-party"),
            Map.entry("（三）5.属于三类内部事务信息", "internal-affairs"), Map.entry("（三）6.属于四类过程性信息", "process-info"),
            Map.entry("（三）7.属于行政执法案卷", "enforcement-files"), Map.entry("（三）8.属于行政查询事项", "inquiry"),
            Map.entry("（四）1.本机关不掌握相关政府信息", "not-held"), Map.entry("（四）2.没有现成信息需要另行制作", "needs-creation"),
            Map.entry("（四）3.补正后申请内容仍不明确", "still-unclear"), Map.entry("（五）1.信访举报投诉类申请", "complaints"),
            Map.entry("（五）2.重复申请", "repeated"), Map.entry("（五）3.要求提供公开出版物", "publications"),
            Map.entry("（五）4.无正当理由大量反复申请", "abusive"), Map.entry("（五）5.要求行政机关确认或重新出具已获取信息", "confirmation"),
            Map.entry("（六）1.逾期不补正", "no-correction"), Map.entry("（六）2.逾期未缴费", "no-fee"), Map.entry("（六）3.其他", "other-handled"),
            Map.entry("（六）其他处理", "other-handling"), Map.entry("（六）其他处理(2019: single row)", "other-handling"),
            Map.entry("（七）总计", "handled-total"), Map.entry("四、结转下年度继续办理", "carry-forward"));

    /** The short names the rule messages use are the same in both national templates. */
    private static final Template NATIONAL = Importer.builtInTemplates().get("national-2021");

    private static final String[] T4_ROWS = {"reconsideration", "direct", "after-review"};

    /** Cells compared, per kind of file. */
    private static final class Tally {
        int handRead;
        int exact;
        final List<String> missing = new ArrayList<>();
        /** Hand-read cells of a row the format has no place for (a 2019 row in a 2021 table): the importer reports them. */
        int unplaceable;
        /** Hand-read cells of tables a flat page ran together: left out and reported, never read. */
        int leftOut;
        final List<String> wrong = new ArrayList<>();
    }

    @Test
    void everyHandReadCellEveryTableAndEveryGenuineErrorComeThrough() throws IOException {
        Map<String, Tally> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        int reports = 0;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject hand = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
                String file = hand.get("file").getAsString();
                if (hand.has("pending")) {
                    pending.add(file + " — " + hand.get("pending").getAsString());
                    continue;
                }
                reports++;
                byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
                ImportResult result = Importer.importBytes(file, bytes);
                JsonObject doc = JsonOutput.document(new Analyzer().analyze(result.nianbaoText()));
                Tally tally = byKind.computeIfAbsent(kind(hand), k -> new Tally());
                if (hand.has("tables_left_out")) {
                    // A page on one line: the tables it lists are left out and reported; the
                    // others' cells are compared, each exact or missing, never another value.
                    List<String> leftOut = FlatPages.compare(file, hand, doc, result, failures);
                    Tally kept = new Tally();
                    compareTables(file, hand, doc, kept, failures, leftOut);
                    Tally all = new Tally();
                    compareTables(file, hand, doc, all, new ArrayList<>(), List.of());
                    tally.leftOut += all.handRead - kept.handRead;
                    tally.handRead += kept.handRead;
                    tally.exact += kept.exact;
                    tally.missing.addAll(kept.missing);
                    tally.wrong.addAll(kept.wrong);
                } else if (hand.has("excerpt")) {
                    // The beginning of a page (the search tool stores no more): what it holds is
                    // compared; check's findings are about the parts cut off.
                    compareTables(file, hand, doc, tally, failures, List.of());
                } else {
                    compareTables(file, hand, doc, tally, failures, List.of());
                    compareErrors(file, hand, doc, failures);
                }
                compareHeader(file, hand, doc, result.nianbaoText(), failures);
                JsonElement agency = doc.getAsJsonObject("header").get("机关");
                imported.add(String.format("  %-40s %-15s 机关 %s", file, result.templateId(), agency == null ? "(none)" : agency.getAsString()));
            }
        }
        System.out.println("Real corpus: " + reports + " files imported, " + pending.size() + " pending");
        imported.forEach(System.out::println);
        int all = 0;
        int exact = 0;
        for (Map.Entry<String, Tally> e : byKind.entrySet()) {
            Tally t = e.getValue();
            all += t.handRead;
            exact += t.exact;
            System.out.printf("  %-16s %4d / %4d cells exact, %d missing, %d wrong%s%s%n", e.getKey(), t.exact, t.handRead,
                    t.missing.size(), t.wrong.size(), t.unplaceable == 0 ? ""
                            : " (and " + t.unplaceable + " cells of a row the format has no place for, reported)",
                    t.leftOut == 0 ? "" : " (and " + t.leftOut + " cells of tables run together: left out and reported, prose read)");
            t.missing.stream().filter(m -> !m.startsWith("(")).limit(12).forEach(m -> System.out.println("      missing " + m));
        }
        System.out.printf("  %-16s %4d / %4d cells exact (%.2f %%)%n", "all", exact, all, all == 0 ? 0.0 : 100.0 * exact / all);
        pending.forEach(p -> System.out.println("  pending: " + p));
        failures.forEach(f -> System.out.println("  FAIL " + f));
        List<String> wrong = byKind.values().stream().flatMap(t -> t.wrong.stream()).toList();
        assertEquals(List.of(), wrong, "cells imported with another value than the one published");
        assertEquals(List.of(), failures);
        assertTrue(reports + pending.size() >= 15, "the corpus holds the three shared reports and twelve more");
    }

    private static String kind(JsonObject hand) {
        if (hand.has("kind")) {
            return hand.get("kind").getAsString();
        }
        String file = hand.get("file").getAsString();
        return file.substring(file.lastIndexOf('.') + 1);
    }

    // ------------------------------------------------------------------------ tables

    /** @param leftOut template tables (by label) a flat page leaves out: not compared here */
    private static void compareTables(String file, JsonObject hand, JsonObject doc, Tally tally, List<String> failures,
            List<String> leftOut) {
        JsonObject t2 = hand.getAsJsonObject("table2");
        for (String key : t2.keySet()) {
            if (key.equals("layout")) {
                continue;
            }
            String label = key.substring(0, key.indexOf('项') + 1);
            if (leftOut.contains(label)) {
                continue;
            }
            JsonObject table = table(doc, label);
            if (table == null) {
                failures.add(file + ": table " + label + " not found");
                countMissing(t2.getAsJsonObject(key), tally);
                continue;
            }
            for (Map.Entry<String, JsonElement> row : t2.getAsJsonObject(key).entrySet()) {
                JsonArray values = row.getValue().isJsonArray() ? row.getValue().getAsJsonArray() : single(row.getValue());
                compareRow(file, label + "/" + row.getKey(), values, rowValues(table, rowByLabel(table, row.getKey())), tally);
            }
        }
        JsonObject applications = table(doc, "申请处理");
        JsonObject t3 = hand.getAsJsonObject("table3").getAsJsonObject("rows");
        if (!leftOut.contains("申请处理") && !t3.isEmpty()) {
            compareApplications(file, applications, t3, tally, failures);
        }
        if (!leftOut.contains("行政复议和行政诉讼") && hand.has("table4")) {
            compareReview(file, hand, doc, tally, failures);
        }
    }

    private static void compareApplications(String file, JsonObject applications, JsonObject t3, Tally tally, List<String> failures) {
        for (Map.Entry<String, JsonElement> row : t3.entrySet()) {
            String id = T3_ROWS.get(row.getKey());
            if (applications != null && isHeading(applications, id)) {
                row.getValue().getAsJsonArray().forEach(v -> tally.unplaceable += isNotRead(v) ? 0 : 1);
                continue;
            }
            if (applications == null) {
                compareRow(file, "三/" + row.getKey(), row.getValue().getAsJsonArray(), null, tally);
            } else {
                compareRow(file, "三/" + row.getKey(), row.getValue().getAsJsonArray(), rowValues(applications, id), tally);
            }
        }
        if (applications == null) {
            failures.add(file + ": table 三 not found");
        }
    }

    private static void compareReview(String file, JsonObject hand, JsonObject doc, Tally tally, List<String> failures) {
        JsonObject review = table(doc, "行政复议和行政诉讼");
        JsonArray t4 = hand.getAsJsonObject("table4").getAsJsonArray("values");
        if (review == null) {
            failures.add(file + ": table 四 not found");
        }
        for (int r = 0; r < T4_ROWS.length; r++) {
            JsonArray expected = new JsonArray();
            for (int c = 0; c < 5; c++) {
                expected.add(t4.get(r * 5 + c));
            }
            compareRow(file, "四/" + T4_ROWS[r], expected, review == null ? null : rowValues(review, T4_ROWS[r]), tally);
        }
    }

    private static JsonArray single(JsonElement value) {
        JsonArray a = new JsonArray();
        a.add(value);
        return a;
    }

    private static void countMissing(JsonObject rows, Tally tally) {
        for (JsonElement v : rows.asMap().values()) {
            for (JsonElement cell : v.isJsonArray() ? v.getAsJsonArray() : single(v)) {
                if (!isNotRead(cell)) {
                    tally.handRead++;
                    tally.missing.add("(table not found)");
                }
            }
        }
    }

    /**
     * One row: each hand-read cell is exact, missing (nothing came in) or wrong (another value
     * came in). A blank cell read as blank is exact. In a flattened text a cell may be missing
     * (the importer must refuse numbers run together) but never wrong.
     */
    private static void compareRow(String file, String where, JsonArray expected, List<JsonElement> actual, Tally tally) {
        for (int i = 0; i < expected.size(); i++) {
            JsonElement want = expected.get(i);
            if (isNotRead(want)) {
                continue;
            }
            tally.handRead++;
            JsonElement got = actual == null || i >= actual.size() ? null : actual.get(i);
            if (same(want, got)) {
                tally.exact++;
            } else if (got == null || got.isJsonNull()) {
                tally.missing.add(file + " " + where + "[" + i + "]: published " + want);
            } else {
                tally.wrong.add(file + " " + where + "[" + i + "]: published " + want + ", imported " + got);
            }
        }
    }

    private static boolean isNotRead(JsonElement cell) {
        return cell.isJsonPrimitive() && cell.getAsJsonPrimitive().isString() && cell.getAsString().equals("NR");
    }

    private static boolean same(JsonElement want, JsonElement got) {
        if (want.isJsonNull()) {
            return got != null && got.isJsonNull();
        }
        return got != null && got.isJsonPrimitive() && got.getAsJsonPrimitive().isNumber()
                && new BigDecimal(got.getAsString()).compareTo(new BigDecimal(want.getAsString())) == 0;
    }

    private static JsonObject table(JsonObject doc, String label) {
        for (JsonElement s : doc.getAsJsonArray("sections")) {
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                JsonObject o = c.getAsJsonObject();
                if (o.get("type").getAsString().equals("table") && o.get("label").getAsString().equals(label)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The row whose label is the hand-read label, or contains it (规范性文件 in 行政规范性文件). */
    private static String rowByLabel(JsonObject table, String label) {
        String containing = null;
        for (JsonElement r : table.getAsJsonArray("rows")) {
            JsonObject row = r.getAsJsonObject();
            String l = row.get("label").getAsString();
            if (l.equals(label)) {
                return row.get("id").getAsString();
            }
            if (l.contains(label) || label.contains(l)) {
                containing = row.get("id").getAsString();
            }
        }
        return containing;
    }

    private static boolean isHeading(JsonObject table, String rowId) {
        for (JsonElement r : table.getAsJsonArray("rows")) {
            JsonObject row = r.getAsJsonObject();
            if (row.get("id").getAsString().equals(rowId)) {
                return row.get("heading").getAsBoolean();
            }
        }
        return false;
    }

    /** A row's values in the table's column order; null when the row was not imported. */
    private static List<JsonElement> rowValues(JsonObject table, String rowId) {
        for (JsonElement r : table.getAsJsonArray("rows")) {
            JsonObject row = r.getAsJsonObject();
            if (row.get("id").getAsString().equals(rowId) && row.has("values")) {
                if (row.get("implicit").getAsBoolean()) {
                    return null;
                }
                List<JsonElement> out = new ArrayList<>();
                for (JsonElement c : table.getAsJsonArray("columns")) {
                    out.add(row.getAsJsonObject("values").get(c.getAsJsonObject().get("id").getAsString()));
                }
                return out;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------ header

    /**
     * The agency comes from the report or its page, never made up: the imported 机关 is the
     * agency as the report writes it (its title may shorten it, an OCR may misspell it) or the
     * publisher its page names. The page's byline stays out of
     * the report's text.
     */
    private static void compareHeader(String file, JsonObject hand, JsonObject doc, String text, List<String> failures) {
        JsonElement imported = doc.getAsJsonObject("header").get("机关");
        List<String> named = new ArrayList<>();
        for (String key : List.of("agency", "agency_as_written", "publisher")) {
            if (hand.has(key) && !hand.get(key).isJsonNull()) {
                named.add(hand.get(key).getAsString());
            }
        }
        if (imported != null && !named.contains(imported.getAsString())) {
            failures.add(file + ": 机关 imported as 「" + imported.getAsString() + "」, the report and its page name " + named);
        }
        if (hand.has("publisher") && !hand.get("publisher").isJsonNull() && text.contains("来源：" + hand.get("publisher").getAsString())) {
            failures.add(file + ": the page's byline was imported as report text");
        }
        if (hand.has("published") && text.matches("(?s).*(时间|发布日期)：" + java.util.regex.Pattern.quote(hand.get("published").getAsString()) + ".*")) {
            failures.add(file + ": the page's date line was imported as report text");
        }
    }

    // ------------------------------------------------------------------------ findings

    /**
     * Each genuine error in the JSON must be reported, and no other error may be: a false alarm
     * costs more than a miss. An error is given by its check id and the row or column it is about
     * (named as the JSON names it; the message names it by the template's short name), or by
     * fragments of its message.
     */
    private static void compareErrors(String file, JsonObject hand, JsonObject doc, List<String> failures) {
        List<JsonObject> errors = new ArrayList<>();
        for (JsonElement d : doc.getAsJsonArray("diagnostics")) {
            if (d.getAsJsonObject().get("severity").getAsString().equals("error")) {
                errors.add(d.getAsJsonObject());
            }
        }
        List<JsonObject> unmatched = new ArrayList<>(errors);
        for (JsonElement e : hand.getAsJsonArray("expected_errors")) {
            JsonObject want = e.getAsJsonObject();
            String id = want.get("id").getAsString();
            List<String> fragments = fragments(want);
            JsonObject found = null;
            for (JsonObject d : unmatched) {
                String message = d.get("message").getAsString();
                if (d.get("id").getAsString().equals(id) && fragments.stream().allMatch(message::contains)) {
                    found = d;
                    break;
                }
            }
            if (found == null) {
                failures.add(file + ": genuine error not reported: " + id + " " + fragments);
            } else {
                unmatched.remove(found);
            }
        }
        for (JsonObject d : unmatched) {
            failures.add(file + ": error not in the hand-read list (false alarm?): [" + d.get("id").getAsString() + "] "
                    + d.get("message").getAsString());
        }
    }

    /**
     * What the message of an expected error must contain: {@code “本年新收”行的勾稽关系不成立} for a
     * row rule (the rule's own row, wherever the finding is placed; the Diagnostic carries no
     * structured rule scope, so the message's fixed phrase naming it is matched).
     */
    private static List<String> fragments(JsonObject want) {
        if (want.has("text")) {
            List<String> out = new ArrayList<>();
            want.getAsJsonArray("text").forEach(t -> out.add(t.getAsString()));
            return out;
        }
        TableDef applications = NATIONAL.tables().stream().filter(t -> t.id().equals("applications")).findFirst().orElseThrow();
        TableDef review = NATIONAL.tables().stream().filter(t -> t.id().equals("review")).findFirst().orElseThrow();
        if (want.has("column")) {
            String label = want.get("column").getAsString();
            ColumnDef column = applications.columns().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
            return List.of("“" + column.shortName() + "”列的勾稽关系不成立");
        }
        String row = want.get("row").getAsString();
        RowDef def = T3_ROWS.containsKey(row) ? applications.row(T3_ROWS.get(row))
                : review.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow();
        return List.of("“" + def.shortName() + "”行的勾稽关系不成立");
    }
}
