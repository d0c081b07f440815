package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints one Markdown table of all figures: the {@code RESULT} lines of the LSP and CLI
 * harnesses, and JMH's CSV (sample mode: median, p90, max per benchmark and scale), each with
 * the target of issue 6 where it sets one.
 *
 * <p>Usage: {@code Table RESULTS_FILE [JMH_CSV]}
 */
public final class Table {

    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("lsp didChange->diagnostics|1x", "≤ 15"),
            Map.entry("lsp didChange->diagnostics|100x", "≤ 150"),
            Map.entry("lsp completion|1x", "≤ 5"),
            Map.entry("lsp completion|100x", "≤ 30"),
            Map.entry("lsp start->diagnostics|1x", "≤ 700"),
            Map.entry("lsp start->diagnostics|100x", "≤ 1500"),
            Map.entry("lsp peak RSS|1x", "≤ 120"),
            Map.entry("lsp peak RSS|100x", "≤ 300"),
            Map.entry("cli check / hello-world (medians)|1x", "≤ 1.5"),
            Map.entry("cli check, 1000 reports|1 run", "≤ 5000"));

    private Table() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> rows = new ArrayList<>();
        if (args.length > 1 && Files.isRegularFile(Path.of(args[1]))) {
            rows.addAll(jmh(Path.of(args[1])));
        }
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.startsWith("RESULT\t")) {
                String[] f = line.split("\t");
                rows.add(new String[] {f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
            }
        }
        System.out.println("| figure | scale | median | p90 | max | unit | n | target (median) |");
        System.out.println("|---|---|---:|---:|---:|---|---:|---|");
        for (String[] r : rows) {
            String target = TARGETS.getOrDefault(r[0] + "|" + r[1], "");
            System.out.println("| " + String.join(" | ", r) + " | " + target + " |");
        }
    }

    /** JMH sample-mode CSV: one row per benchmark and scale with its p0.50, p0.90 and p1.00. */
    private static List<String[]> jmh(Path csv) throws IOException {
        Map<String, String[]> byKey = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csvFields(line);
            if (f.size() < 8) {
                continue;
            }
            String name = f.get(0);
            String scale = f.get(7) + "x";
            int colon = name.indexOf(':');
            String base = colon < 0 ? name : name.substring(0, colon);
            String method = base.substring(base.lastIndexOf('.') + 1);
            String stat = colon < 0 ? null : name.substring(colon + 1);
            String key = method + "|" + scale;
            String[] row = byKey.computeIfAbsent(key, k -> new String[] {"core " + k.substring(0, k.indexOf('|')), scale, "", "", "", "ms", ""});
            double score = Double.parseDouble(f.get(4));
            if (stat == null) {
                row[6] = f.get(3);
            } else if (stat.endsWith("p0.50")) {
                row[2] = number(score);
            } else if (stat.endsWith("p0.90")) {
                row[3] = number(score);
            } else if (stat.endsWith("p1.00")) {
                row[4] = number(score);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
