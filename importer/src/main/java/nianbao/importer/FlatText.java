package nianbao.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.template.Declared;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.text.Names;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Line;

/**
 * A page's text with the whole report on one line (some archived page texts): the section
 * headings run on into their text ({@code 二、主动公开政府信息情况第二十条第（一）项信息内容…}) and the
 * table cells into each other ({@code 15130000154} for 151, 3, 0, 0, 0, 0, 154). What can be read
 * soundly is read: the line is cut at the template's section headings (ordinal in sequence,
 * then a name of the section), and the prose of each section is kept. A table's text — a run of
 * the template's table, column and row names and of numbers — is left out: its numbers cannot
 * be told apart, and a missing value costs less than a wrong one. Each such table is reported
 * ({@link ProblemId#TABLE_RUN_TOGETHER}) with where it stands and how it starts. No section,
 * table, row or column name is written here: all come from the template.
 */
final class FlatText {

    /** A line is flat when it holds at least this many section headings. */
    private static final int MIN_HEADINGS = 2;
    /** Names a stretch of text must hold to be taken for a table, not a sentence naming a row. */
    private static final int MIN_TABLE_WORDS = 5;
    /** Unknown characters a table's text may hold between two names (an ordinal, a stray mark). */
    private static final int GAP = 15;
    /** A bracketed remark inside a table's text is at most this long. */
    private static final int BRACKET = 40;
    private static final String SENTENCE = "。，；：！？";
    /** Units written after a number in a table cell (2笔, 984361元): report-words.txt. */
    private static final String UNITS = ReportWords.CELL_UNITS;
    private static final int EXCERPT = 40;
    private static final String ITEM_NUMERALS = "一二三四五六七八九十";

    /** A template table whose text was found run together, where it starts and how. */
    record RunTogether(TableDef table, SourcePosition at, String excerpt) {
    }

    /**
     * The document with flat lines cut into headings, prose and table lines.
     *
     * @param tableText the lines cut out of a table's text (identity): read as table rows when
     *                  their values are apart, never kept as prose
     */
    record Split(SourceDocument document, List<RunTogether> tables, Set<Line> tableText) {
    }

    private final Template template;

    private FlatText(Template template) {
        this.template = template;
    }

    /** The document cut at the template's section headings, or as it is when no line of it is flat. */
    static Split split(SourceDocument document, Template template) {
        FlatText flat = new FlatText(template);
        List<Block> blocks = new ArrayList<>();
        List<RunTogether> tables = new ArrayList<>();
        Set<Line> tableText = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean any = false;
        for (Block block : document.blocks()) {
            if (block instanceof Line line && !line.heading()) {
                FoldedText text = FoldedText.of(line.text());
                List<int[]> headings = flat.headings(text);
                if (headings.size() >= MIN_HEADINGS) {
                    any = true;
                    flat.cut(line, text, headings, blocks, tables, tableText);
                    continue;
                }
            }
            blocks.add(block);
        }
        return any ? new Split(new SourceDocument(blocks, document.furniture()), tables, tableText)
                : new Split(document, List.of(), Set.of());
    }

    /**
     * The section headings of a line, in sequence, as {start, end, section order} in the folded
     * text: an ordinal that is the section's, then one of its names.
     */
    private List<int[]> headings(FoldedText text) {
        List<int[]> found = new ArrayList<>();
        int next = 0;
        String f = text.folded;
        for (int p = 0; p < f.length() && next < template.sections().size(); p++) {
            int ordinalEnd = Labels.sectionOrdinal(f.substring(p, Math.min(f.length(), p + 3))) > 0 ? p + 2 : -1;
            if (ordinalEnd < 0) {
                continue;
            }
            int ordinal = Labels.sectionOrdinal(f.substring(p, ordinalEnd));
            for (int s = next; s < template.sections().size(); s++) {
                SectionDef section = template.sections().get(s);
                int end = ordinal == s + 1 ? nameEnd(f, ordinalEnd, List.of(section)) : -1;
                if (end > 0) {
                    found.add(new int[] {p, end, s});
                    next = s + 1;
                    p = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** The end of the longest name of the given declarations written at {@code at}, or -1. */
    private static int nameEnd(String f, int at, List<? extends Declared> things) {
        int best = -1;
        for (Declared d : things) {
            for (String name : d.names()) {
                for (String n : List.of(Names.fold(name), Names.normalize(name))) {
                    if (n.length() >= 2 && f.startsWith(n, at) && at + n.length() > best) {
                        best = at + n.length();
                    }
                }
            }
        }
        return best;
    }

    /** Cuts a flat line into lines: text before the first heading, then each heading and its section's text. */
    private void cut(Line line, FoldedText text, List<int[]> headings, List<Block> out, List<RunTogether> tables,
            Set<Line> tableText) {
        prose(line, text, 0, headings.get(0)[0], out);
        for (int h = 0; h < headings.size(); h++) {
            int[] heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1)[0] : text.folded.length();
            out.add(new Line(text.original(heading[0], heading[1]), true, at(line, text, heading[0])));
            SectionDef section = template.sections().get(heading[2]);
            if (section.tables().isEmpty()) {
                prose(line, text, heading[1], end, out);
            } else {
                sectionWithTables(line, text, section, heading[1], end, out, tables, tableText);
            }
        }
    }

    /**
     * A section with tables: the stretches of its text that are table text are left out and
     * their tables reported; the rest is prose.
     */
    private void sectionWithTables(Line line, FoldedText text, SectionDef section, int from, int to, List<Block> out,
            List<RunTogether> tables, Set<Line> tableText) {
        List<String> words = words(section);
        String f = text.folded;
        int prose = from;
        Map<TableDef, RunTogether> reported = new LinkedHashMap<>();
        for (int p = from; p < to; p++) {
            int[] run = run(f, p, to, words);
            if (run[1] < MIN_TABLE_WORDS) {
                continue;
            }
            int start = p > prose && f.charAt(p - 1) == '(' ? p - 1 : p; // （本列数据的勾稽关系为：…）
            prose(line, text, prose, start, out);
            tablesOf(line, text, section, start, run[0], reported);
            tableLines(line, text, start, run[0], words, out, tableText);
            prose = run[0];
            p = run[0] - 1;
        }
        prose(line, text, prose, to, out);
        tables.addAll(reported.values());
    }

    /**
     * A stretch of table text as lines, cut before each name it holds: {@code 规章 0 0 0} is a
     * row whose values are apart, {@code 规章000} a label without values. {@link LineTables}
     * reads a row only when its values are as many as the table's columns — it never splits or
     * pads — so numbers run together are reported, never read.
     */
    private static void tableLines(Line line, FoldedText text, int from, int to, List<String> words, List<Block> out,
            Set<Line> tableText) {
        String f = text.folded;
        int start = from;
        int p = from;
        while (p < to) {
            int w = word(f, p, to, words);
            if (w < 0) {
                p++;
                continue;
            }
            if (p > start) {
                tableLine(line, text, start, p, out, tableText);
                start = p;
            }
            p = w;
        }
        tableLine(line, text, start, to, out, tableText);
    }

    private static void tableLine(Line line, FoldedText text, int from, int to, List<Block> out, Set<Line> tableText) {
        String piece = text.original(from, to);
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            Line l = new Line(stripped, line.at().shifted(text.offset(from) + piece.indexOf(stripped)));
            tableText.add(l);
            out.add(l);
        }
    }

    /** Which tables a stretch of table text holds: those it names, else the section's tables. */
    private void tablesOf(Line line, FoldedText text, SectionDef section, int from, int to, Map<TableDef, RunTogether> reported) {
        String f = text.folded;
        List<int[]> named = new ArrayList<>();
        for (int p = from; p < to; p++) {
            for (int t = 0; t < section.tables().size(); t++) {
                int end = nameEnd(f, p, List.of(section.tables().get(t)));
                if (end > 0 && end <= to) {
                    named.add(new int[] {p, t});
                    p = end - 1;
                    break;
                }
            }
        }
        if (named.isEmpty()) {
            for (TableDef t : section.tables()) {
                reported.putIfAbsent(t, new RunTogether(t, at(line, text, from), excerpt(text, from, to)));
            }
            return;
        }
        for (int i = 0; i < named.size(); i++) {
            int start = i == 0 ? from : named.get(i)[0]; // the first table's text starts with the stretch
            int end = i + 1 < named.size() ? named.get(i + 1)[0] : to;
            TableDef t = section.tables().get(named.get(i)[1]);
            reported.putIfAbsent(t, new RunTogether(t, at(line, text, start), excerpt(text, start, end)));
        }
    }

    /** The names a table's text is made of: of the section's tables, their columns, column groups and rows, and the row header and note. */
    private static List<String> words(SectionDef section) {
        List<Declared> things = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (TableDef t : section.tables()) {
            things.add(t);
            things.addAll(t.columns());
            things.addAll(t.groups());
            things.addAll(t.rows());
            words.add(Names.fold(t.rowHeader()));
            words.add(Names.fold(t.description()));
        }
        for (Declared d : things) {
            for (String name : d.names()) {
                words.add(Names.fold(name));
                words.add(Names.normalize(name));
                String shorter = Names.withoutExplanation(name);
                if (shorter != null) {
                    words.add(shorter);
                }
            }
        }
        return words.stream().filter(w -> w.length() >= 2).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The table text that starts at {@code p}: names, numbers, short bracketed remarks and short
     * gaps without sentence marks between names. Returns {end, names read}.
     */
    private static int[] run(String f, int p, int to, List<String> words) {
        if (word(f, p, to, words) < 0) {
            return new int[] {p, 0};
        }
        int q = p;
        int count = 0;
        while (q < to) {
            int w = word(f, q, to, words);
            if (w > 0) {
                q = w;
                count++;
            } else if (Character.isDigit(f.charAt(q))) {
                while (q < to && (Character.isDigit(f.charAt(q)) || ".,%-".indexOf(f.charAt(q)) >= 0)) {
                    q++;
                }
                while (q < to && UNITS.indexOf(f.charAt(q)) >= 0) {
                    q++;
                }
            } else if (bracketEnd(f, q, to) > 0) {
                q = bracketEnd(f, q, to);
            } else {
                int next = -1;
                for (int g = q + 1; g < Math.min(to, q + GAP) && next < 0 && SENTENCE.indexOf(f.charAt(g - 1)) < 0; g++) {
                    next = word(f, g, to, words) > 0 ? g : -1;
                }
                if (next < 0) {
                    break;
                }
                q = next;
            }
        }
        return new int[] {q, count};
    }

    private static int word(String f, int at, int to, List<String> words) {
        for (String w : words) {
            if (at + w.length() <= to && f.startsWith(w, at)) {
                return at + w.length();
            }
        }
        return -1;
    }

    /** The end of a short bracketed remark without a full stop at {@code at} — not an ordinal such as (二) — or -1. */
    private static int bracketEnd(String f, int at, int to) {
        if (f.charAt(at) != '(') {
            return -1;
        }
        int close = f.indexOf(')', at);
        if (close < 0 || close >= to || close - at > BRACKET || f.substring(at, close).contains("。")) {
            return -1;
        }
        return f.substring(at + 1, close).matches("[一二三四五六七八九十0-9]+") ? -1 : close + 1;
    }

    /**
     * Prose between two places of a flat line: cut where the page had its paragraphs as far as the
     * text still shows them — at white space after the end of a sentence, and after a short
     * phrase without a full stop (a title, a byline) that white space ends.
     */
    private static void prose(Line line, FoldedText text, int from, int to, List<Block> out) {
        String original = text.original(from, to);
        int base = text.offset(from);
        int start = 0;
        int[] items = {1};
        if (subOrdinal("。" + original.strip(), 1, items)) {
            items[0]++; // the section's text opens with （一）
        }
        for (int i = 0; i <= original.length(); i++) {
            boolean end = i == original.length();
            boolean item = !end && i > start && subOrdinal(original, i, items);
            if (!end && !item && !(Character.isWhitespace(original.charAt(i)) || original.charAt(i) == '\u3000')) {
                continue;
            }
            if (item) {
                items[0]++;
            }
            String piece = original.substring(start, i).strip();
            boolean sentence = !piece.isEmpty() && "。！？；".indexOf(piece.charAt(piece.length() - 1)) >= 0;
            boolean phrase = !piece.contains("。") && piece.codePointCount(0, piece.length()) <= SectionHeadings.LONGEST_HEADING;
            if (end || item || sentence || phrase) {
                if (!piece.isEmpty()) {
                    int lead = original.indexOf(piece, start);
                    out.add(new Line(piece, line.at().shifted(base + lead)));
                }
                start = i;
            }
        }
    }

    /**
     * Whether the next item of a numbered list starts at {@code i} after the end of a sentence:
     * {@code 。（二）} when {@code （一）} came before (items[0] counts them; 1 before the first).
     */
    private static boolean subOrdinal(String text, int i, int[] items) {
        if (i == 0 || text.charAt(i - 1) != '。') {
            return false;
        }
        String numeral = items[0] <= ITEM_NUMERALS.length() ? ITEM_NUMERALS.substring(items[0] - 1, items[0]) : "";
        return !numeral.isEmpty() && (text.startsWith("（" + numeral + "）", i) || text.startsWith("(" + numeral + ")", i));
    }

    private static SourcePosition at(Line line, FoldedText text, int folded) {
        return line.at().shifted(text.offset(folded));
    }

    private static String excerpt(FoldedText text, int from, int to) {
        String s = text.original(from, to).strip();
        return s.codePointCount(0, s.length()) <= EXCERPT ? s : s.substring(0, s.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
