package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateRegistry;
import nianbao.core.testing.Golden;
import nianbao.core.text.ChineseNumber;
import org.junit.jupiter.api.Test;

/**
 * Real sentences from published reports ({@code wordings/wordings.tsv}, described in its README),
 * each put into a whole report whose tables make it true:
 * <ul>
 * <li>a true sentence gets no {@code prose.table-mismatch} / {@code plausibility.statistics-period}
 * finding at all (no false alarm);</li>
 * <li>a sentence labelled with cells, its figure changed to a number no reading allows, gets one
 * finding, exactly on the figure, naming the cells;</li>
 * <li>a sentence labelled {@code !cells} (a real mismatch) gets that finding as published;</li>
 * <li>a figure labelled {@code none} (not comparable) never gets one, true or changed;</li>
 * <li>a figure labelled {@code ?cells} is a known miss: counted among the labelled, printed, and
 * a failure only if something other than silence is reported on it.</li>
 * </ul>
 */
class RealWordingsTest {

    private static final Path DATA = Golden.RESOURCES.resolve("wordings/wordings.tsv");
    private static final Set<String> IDS = Set.of("prose.table-mismatch", "plausibility.statistics-period");

    private record Row(int line, String kind, int year, String figure, String label, String table, String source,
            String sentence) {

        boolean period() {
            return kind.equals("period");
        }
    }

    @Test
    void realWordings() {
        List<Row> rows = rows();
        Map<String, List<Row>> bySentence = new LinkedHashMap<>();
        for (Row r : rows) {
            bySentence.computeIfAbsent(r.kind + "\t" + r.year + "\t" + r.sentence, k -> new ArrayList<>()).add(r);
        }
        List<String> failures = new ArrayList<>();
        int falseAlarms = 0;
        int labelled = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (List<Row> same : bySentence.values()) {
            Row first = same.get(0);
            Map<String, BigDecimal> table = new HashMap<>();
            for (Row r : same) {
                table.putAll(cells(r.table));
            }
            // As published: no finding except on the figures labelled as real mismatches.
            List<Diagnostic> asIs = findings(first, first.sentence, table);
            for (Row r : same) {
                int[] span = span(r.sentence, r.figure);
                List<Diagnostic> on = on(asIs, span);
                if (r.label.startsWith("!")) {
                    labelled++;
                    if (on.size() == 1 && names(on.get(0), r.label.substring(1), first.year)) {
                        found++;
                    } else {
                        failures.add("line " + r.line + ": real mismatch not found on “" + r.figure + "”: " + on);
                    }
                }
            }
            for (Diagnostic d : asIs) {
                boolean expected = same.stream().anyMatch(r -> (r.label.startsWith("!") || r.label.equals("wrong")) && inside(d, span(r.sentence, r.figure)));
                if (!expected) {
                    falseAlarms++;
                    failures.add("line " + first.line + ": false alarm " + d.range() + " " + d.message());
                }
            }
            // Changed: each figure the checker is meant to read, made wrong, is found on exactly its digits.
            for (Row r : same) {
                if (r.label.equals("none") || r.label.startsWith("!")) {
                    if (r.label.equals("none")) {
                        String value = wrong(r, table, first.year);
                        String changed = replace(r.sentence, r.figure, value);
                        int[] span = shifted(r.sentence, r.figure, value);
                        List<Diagnostic> on = on(findings(first, changed, table), span);
                        if (!on.isEmpty()) {
                            falseAlarms++;
                            failures.add("line " + r.line + ": a not-comparable figure, changed, was reported: " + on);
                        }
                    }
                    continue;
                }
                if (r.period() && r.label.equals("wrong")) {
                    labelled++;
                    List<Diagnostic> on = on(asIs, span(r.sentence, r.figure));
                    if (on.size() == 1) {
                        found++;
                    } else {
                        failures.add("line " + r.line + ": wrong year not found: " + on);
                    }
                    continue;
                }
                labelled++;
                boolean knownMiss = r.label.startsWith("?");
                String label = knownMiss ? r.label.substring(1) : r.label;
                String value = wrong(r, table, first.year);
                String changed = replace(r.sentence, r.figure, value);
                int[] span = shifted(r.sentence, r.figure, value);
                List<Diagnostic> on = on(findings(first, changed, table), span);
                boolean exact = on.size() == 1 && on.get(0).range().start().character() == span[0]
                        && on.get(0).range().end().character() == span[1];
                if (exact && (r.period() || names(on.get(0), label, first.year))) {
                    found++;
                } else if (knownMiss && on.isEmpty()) {
                    misses.add("line " + r.line + ": known miss “" + r.figure + "”");
                } else {
                    failures.add("line " + r.line + ": “" + r.figure + "” changed to " + value + " not found on the right cell: "
                            + on.stream().map(d -> d.range() + " " + d.message()).toList());
                }
            }
        }
        long figureSentences = rows.stream().filter(r -> !r.period()).map(Row::sentence).distinct().count();
        long periodSentences = rows.stream().filter(Row::period).map(Row::sentence).distinct().count();
        long sources = rows.stream().map(Row::source).distinct().count();
        System.out.printf("real wordings: %d figure sentences (%d figures), %d period sentences, %d sources; "
                + "false alarms %d; mismatches found %d / labelled %d%n", figureSentences,
                rows.stream().filter(r -> !r.period()).count(), periodSentences, sources, falseAlarms, found, labelled);
        misses.forEach(System.out::println);
        failures.forEach(System.out::println);
        assertTrue(figureSentences >= 50 && periodSentences >= 13, "the set is big enough");
        assertEquals(0, falseAlarms, "false alarms");
        assertEquals(List.of(), failures);
    }

    // ---- the report a sentence is checked in

    private static List<Diagnostic> findings(Row row, String sentence, Map<String, BigDecimal> values) {
        String text = report(row.year, sentence, values);
        Analysis a = CheckFixture.analyze(text);
        for (Diagnostic d : a.diagnostics()) {
            if (d.id().equals("row.unknown") || d.id().equals("column.unknown") || d.id().equals("syntax.error")
                    || (d.id().startsWith("balance.") && !values.containsKey(AS_IS))) {
                throw new AssertionError("the test report does not bind or balance: " + d.message() + "\n" + text);
            }
        }
        int line = (int) text.substring(0, text.indexOf(sentence)).lines().count();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            if (IDS.contains(d.id())) {
                assertEquals(line, d.range().start().line(), "a finding outside the sentence: " + d.message());
                out.add(d);
            }
        }
        return out;
    }

    private static Template template(int year) {
        return TemplateRegistry.builtIn().get(year >= 2021 ? "national-2021" : "national-2019");
    }

    /** A whole report of that year: the sentence in section 一, every table filled (0 where not given). */
    private static String report(int year, String sentence, Map<String, BigDecimal> given) {
        Template t = template(year);
        Map<String, BigDecimal> values = given.containsKey(AS_IS) ? given : balanced(given);
        StringBuilder sb = new StringBuilder();
        sb.append("标题：测试镇").append(year).append("年政府信息公开工作年度报告\n机关：测试镇人民政府\n年度：").append(year)
                .append("\n模板：").append(t.id()).append("\n\n");
        boolean first = true;
        for (SectionDef s : t.sections()) {
            sb.append("# ").append(s.label()).append('\n');
            if (first) {
                sb.append(sentence).append('\n');
                first = false;
            } else if (s.tables().isEmpty()) {
                sb.append("无\n");
            }
            for (TableDef table : s.tables()) {
                sb.append('[').append(table.label()).append(']');
                for (ColumnDef c : table.columns()) {
                    sb.append("  ").append(c.shortName());
                }
                sb.append('\n');
                for (RowDef r : table.valueRows()) {
                    sb.append(r.shortName());
                    for (ColumnDef c : table.columns()) {
                        BigDecimal v = values.get(r.id() + "@" + c.id());
                        sb.append("  ").append(v == null ? "0" : v.toPlainString());
                    }
                    sb.append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The table 三 the given cells belong to, completed so that every rule holds (a cell in a broken
     * rule is not compared, rightly): 总计 of 本年新收 or （七）总计 from the balance, the rest of
     * （七）总计 under 不掌握, and what a row's 自然人 leaves under 商业企业.
     */
    private static Map<String, BigDecimal> balanced(Map<String, BigDecimal> given) {
        Map<String, BigDecimal> v = new HashMap<>(given);
        BigDecimal zero = BigDecimal.ZERO;
        BigDecimal c = v.getOrDefault("carried-over@total", zero);
        BigDecimal f = v.getOrDefault("carry-forward@total", zero);
        BigDecimal d = v.getOrDefault("disclosed@total", zero);
        BigDecimal p = v.getOrDefault("partial@total", zero);
        BigDecimal n = v.get("new@total");
        BigDecimal h = v.get("handled-total@total");
        if (n == null && h == null) {
            h = d.add(p).max(c.subtract(f));
            n = h.add(f).subtract(c);
        } else if (n == null) {
            n = h.add(f).subtract(c);
        } else if (h == null) {
            h = n.add(c).subtract(f);
        }
        BigDecimal rest = h.subtract(d).subtract(p);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("new", n);
        totals.put("carried-over", c);
        totals.put("disclosed", d);
        totals.put("partial", p);
        totals.put("not-held", rest);
        totals.put("handled-total", h);
        totals.put("carry-forward", f);
        // 商业企业 takes what the given 自然人 of 本年新收 and 上年结转 leave, and is handled as 不掌握
        BigDecimal business = zero;
        for (String row : List.of("new", "carried-over")) {
            BigDecimal natural = v.get(row + "@natural");
            BigDecimal b = natural == null ? zero : totals.get(row).subtract(natural);
            v.put(row + "@business", b);
            business = business.add(b);
        }
        v.put("not-held@business", business);
        v.put("handled-total@business", business);
        for (Map.Entry<String, BigDecimal> e : totals.entrySet()) {
            String row = e.getKey();
            v.put(row + "@total", e.getValue());
            BigDecimal b = v.getOrDefault(row + "@business", zero);
            v.putIfAbsent(row + "@natural", e.getValue().subtract(b));
        }
        return v;
    }

    // ---- labels and figures

    /** In a table spec: the cells as given, other cells 0, rules broken as they are (a table as published). */
    private static final String AS_IS = "asis";

    /** {@code new=713 new@natural=705}: the column is 总计 unless named; {@code asis}: see {@link #AS_IS}. */
    private static Map<String, BigDecimal> cells(String spec) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (String cell : spec.isBlank() ? new String[0] : spec.strip().split("\\s+")) {
            if (cell.equals(AS_IS)) {
                out.put(AS_IS, BigDecimal.ZERO);
                continue;
            }
            String[] kv = cell.split("=");
            String key = kv[0].contains("@") ? kv[0] : kv[0] + "@" + defaultColumn();
            out.put(key, new BigDecimal(kv[1]));
        }
        return out;
    }

    private static String defaultColumn() {
        return "total";
    }

    /** The readings of a label: {@code a+b@col|c@col}. */
    private static List<List<String>> readings(String label) {
        List<List<String>> out = new ArrayList<>();
        for (String reading : label.split("\\|")) {
            String[] rc = reading.split("@");
            List<String> cells = new ArrayList<>();
            for (String row : rc[0].split("\\+")) {
                cells.add(row + "@" + rc[1]);
            }
            out.add(cells);
        }
        return out;
    }

    /** The finding names every cell of every reading by the template's short names. */
    private static boolean names(Diagnostic d, String label, int year) {
        for (List<String> reading : readings(label)) {
            for (String cell : reading) {
                String rowId = cell.substring(0, cell.indexOf('@'));
                String columnId = cell.substring(cell.indexOf('@') + 1);
                TableDef table = template(year).tables().stream()
                        .filter(t -> t.row(rowId) != null && t.column(columnId) != null).findFirst().orElseThrow();
                if (!d.message().contains("“" + table.row(rowId).shortName() + "”")
                        || !d.message().contains("“" + table.column(columnId).shortName() + "”")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A value the figure cannot have under any reading (a year one too small for a period). */
    private static String wrong(Row r, Map<String, BigDecimal> table, int year) {
        String written = bare(r.figure);
        if (r.period()) {
            return written.equals(String.valueOf(year)) ? String.valueOf(year - 1) : String.valueOf(year);
        }
        Set<BigDecimal> readings = new HashSet<>();
        if (!r.label.equals("none")) {
            for (List<String> reading : readings(r.label.replace("?", ""))) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String cell : reading) {
                    sum = sum.add(table.getOrDefault(cell, BigDecimal.ZERO));
                }
                readings.add(sum);
            }
        }
        BigDecimal stated = ChineseNumber.parse(written);
        BigDecimal v = stated.add(BigDecimal.ONE);
        while (readings.contains(v)) {
            v = v.add(BigDecimal.ONE);
        }
        boolean arabic = written.chars().allMatch(Character::isDigit);
        return arabic ? v.toPlainString() : ChineseNumber.toChinese(v.longValueExact());
    }

    private static String bare(String figure) {
        int hash = figure.indexOf('#');
        return hash < 0 ? figure : figure.substring(0, hash);
    }

    /** Where the figure stands once changed to another value. */
    private static int[] shifted(String sentence, String figure, String value) {
        int start = span(sentence, figure)[0];
        return new int[] {start, start + value.length()};
    }

    /** [start, end) of the figure ({@code 16#2}: the second 16 standing alone) in the sentence. */
    private static int[] span(String sentence, String figure) {
        String text = bare(figure);
        int n = figure.indexOf('#') < 0 ? 1 : Integer.parseInt(figure.substring(figure.indexOf('#') + 1));
        Matcher m = Pattern.compile("(?<![0-9])" + Pattern.quote(text) + "(?![0-9])").matcher(sentence);
        for (int i = 0; i < n; i++) {
            if (!m.find()) {
                throw new AssertionError("“" + figure + "” is not in: " + sentence);
            }
        }
        return new int[] {m.start(), m.end()};
    }

    private static String replace(String sentence, String figure, String value) {
        int[] s = span(sentence, figure);
        return sentence.substring(0, s[0]) + value + sentence.substring(s[1]);
    }

    private static boolean inside(Diagnostic d, int[] span) {
        return d.range().start().character() >= span[0] && d.range().end().character() <= span[1];
    }

    private static List<Diagnostic> on(List<Diagnostic> findings, int[] span) {
        return findings.stream().filter(d -> d.range().start().character() < span[1]
                && d.range().end().character() > span[0]).toList();
    }

    private static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            rows.add(new Row(i + 1, f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5], f[6]));
        }
        return rows;
    }
}
