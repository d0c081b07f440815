package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents the benchmarks run on, all made from the example report.
 *
 * <p>A report N times the size of the example keeps the header and one copy of every table and
 * repeats the prose paragraphs of every section until the text is N times as long. A report
 * cannot grow by repeating its tables: a second copy of a table is an error, not a bigger report.
 * Real reports do differ mostly in their prose (a county's report runs to pages of it, the
 * tables are fixed by the template), so this keeps the document valid (no diagnostics) and
 * representative: every table, rule and check still runs, and what grows is the part that grows
 * in real life. The line count grows with the size, since the prose keeps its paragraph lengths.
 */
public final class Reports {

    /** The example report, found from the working directory (the repository root or bench/). */
    public static final Path EXAMPLE = locate("examples/guanghua-2021.nianbao");

    private Reports() {
    }

    public static String example() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + EXAMPLE, e);
        }
    }

    /** The example grown to about {@code scale} times its length (1 gives the example itself). */
    public static String scaled(int scale) {
        String text = example();
        if (scale <= 1) {
            return text;
        }
        int prose = proseLength(text);
        int rest = text.length() - prose;
        int copies = Math.max(1, Math.round((float) (scale * text.length() - rest) / prose));
        return withProse(text, copies);
    }

    /**
     * The {@code index}th of many different reports of ordinary size: another agency's name,
     * one to three copies of the prose, and every seventh one with a total that does not add up
     * (so the checker has something to report, as it would in a real batch).
     */
    public static String varied(int index) {
        String text = withProse(example(), 1 + index % 3);
        String agency = "第" + (index + 1) + "镇";
        text = text.replace("光华镇", agency);
        if (index % 7 == 6) {
            text = text.replaceFirst("(?m)^(本年新收(?:\\s+-)+\\s+)0$", "$11");
        }
        return text;
    }

    /** Writes {@code count} varied reports into {@code dir}. */
    public static void writeVaried(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(String.format("report-%04d.nianbao", i)), varied(i), StandardCharsets.UTF_8);
        }
    }

    /** The zero-based line holding the given text at its start, for a caret in a table row. */
    public static int lineStarting(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line starts with " + start);
    }

    private enum Kind { HEADER, BLANK, COMMENT, HEADING, TABLE, PROSE }

    /** Each line's kind, read the way docs/language.md describes a report. */
    private static List<Kind> kinds(List<String> lines) {
        List<Kind> kinds = new ArrayList<>();
        boolean body = false;
        boolean table = false;
        for (String line : lines) {
            String t = line.strip();
            Kind k;
            if (t.isEmpty()) {
                table = false;
                k = Kind.BLANK;
            } else if (t.startsWith("//")) {
                k = Kind.COMMENT;
            } else if (t.startsWith("#")) {
                body = true;
                table = false;
                k = Kind.HEADING;
            } else if (!body) {
                k = Kind.HEADER;
            } else if (t.startsWith("[") || table) {
                table = true;
                k = Kind.TABLE;
            } else {
                k = Kind.PROSE;
            }
            kinds.add(k);
        }
        return kinds;
    }

    private static int proseLength(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Kind> kinds = kinds(lines);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == Kind.PROSE) {
                n += lines.get(i).length() + 1;
            }
        }
        return n;
    }

    /** The text with every run of prose lines written {@code copies} times in a row. */
    private static String withProse(String text, int copies) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Kind> kinds = kinds(lines);
        StringBuilder out = new StringBuilder(text.length() * copies);
        int i = 0;
        while (i < lines.size()) {
            if (kinds.get(i) != Kind.PROSE) {
                out.append(lines.get(i));
                if (i < lines.size() - 1) {
                    out.append('\n');
                }
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && kinds.get(end) == Kind.PROSE) {
                end++;
            }
            for (int c = 0; c < copies; c++) {
                for (int j = i; j < end; j++) {
                    out.append(lines.get(j)).append('\n');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static Path locate(String relative) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return here.resolve(relative);
    }
}
