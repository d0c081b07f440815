package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.text.DisplayWidth;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.SourceText;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * Formatting: the lines of each table are laid out in columns as they look on screen (a CJK
 * character is two columns wide), labels left-aligned, column names and numbers right-aligned,
 * two spaces between columns; elsewhere only trailing white space is removed.
 *
 * <p>Invariants: the result formats to itself, and the sequence of non-space characters never
 * changes (a table line whose tokens would not survive unchanged is left as it is).
 */
public final class Formatter {

    private static final String GAP = "  ";

    private Formatter() {
    }

    public static List<Diagnostic.Edit> format(Analysis analysis) {
        return format(analysis.syntax(), null);
    }

    /** @param within only lines touching this range; null for the whole document */
    public static List<Diagnostic.Edit> format(Analysis analysis, @Nullable Range within) {
        return format(analysis.syntax(), within);
    }

    public static List<Diagnostic.Edit> format(ReportSyntax syntax, @Nullable Range within) {
        SourceText source = syntax.source();
        List<Diagnostic.Edit> edits = new ArrayList<>();
        Set<Integer> tableLines = new HashSet<>();
        for (ReportSyntax.Table t : Locations.tables(syntax)) {
            if (within != null && (t.range().end().line() < within.start().line()
                    || t.range().start().line() > within.end().line())) {
                continue;
            }
            List<Line> lines = lines(syntax, t);
            if (lines == null) {
                continue;
            }
            int[] widths = widths(lines);
            for (Line l : lines) {
                tableLines.add(l.number);
                String old = source.line(l.number);
                String formatted = l.render(widths);
                if (!formatted.equals(old) && nonSpace(formatted).equals(nonSpace(old))) {
                    edits.add(new Diagnostic.Edit(Range.of(l.number, 0, l.number, old.length()), formatted));
                }
            }
        }
        int first = within == null ? 0 : Math.max(0, within.start().line());
        int last = within == null ? source.lineCount() - 1 : Math.min(source.lineCount() - 1, within.end().line());
        for (int n = first; n <= last; n++) {
            if (tableLines.contains(n)) {
                continue;
            }
            String line = source.line(n);
            int end = line.length();
            while (end > 0 && isTrailingSpace(line.charAt(end - 1))) {
                end--;
            }
            if (end < line.length() && !(end == 0 && emptyingJoinsLineBreaks(source, n))) {
                edits.add(new Diagnostic.Edit(Range.of(n, end, n, line.length()), ""));
            }
        }
        edits.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return edits;
    }

    /**
     * The widths the formatter gives a table's columns (the label column first), in screen columns,
     * leaving one line out (the line being completed); null when the head is not whole.
     */
    static int @Nullable [] widths(ReportSyntax syntax, ReportSyntax.Table t, int leaveOut) {
        List<Line> lines = lines(syntax, t);
        if (lines == null) {
            return null;
        }
        return widths(lines.stream().filter(l -> l.number != leaveOut).toList());
    }

    /** A table line laid out as the formatter lays it out: the label padded, each cell right-aligned. */
    static String row(String label, List<String> cells, int[] widths) {
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(cells);
        int[] w = java.util.Arrays.copyOf(widths, Math.max(widths.length, all.size()));
        for (int i = 0; i < all.size(); i++) {
            w[i] = Math.max(w[i], DisplayWidth.of(all.get(i)));
        }
        return new Line(-1, all, null).render(w).stripTrailing();
    }

    /** One line of a table: its cells (the head's first cell is {@code [名称]}) and its comment. */
    private record Line(int number, List<String> cells, @Nullable String comment) {
        String render(int[] widths) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (i == 0) {
                    sb.append(cells.size() > 1 ? DisplayWidth.pad(cell, widths[0]) : cell);
                } else {
                    sb.append(GAP).append(" ".repeat(Math.max(0, widths[i] - DisplayWidth.of(cell)))).append(cell);
                }
            }
            if (comment != null) {
                sb.append(GAP).append(comment);
            }
            return sb.toString();
        }
    }

    /** The table's lines, or null when its head is not whole (no name or no closing bracket). */
    private static @Nullable List<Line> lines(ReportSyntax syntax, ReportSyntax.Table t) {
        if (t.name() == null) {
            return null;
        }
        SourceText source = syntax.source();
        int headLine = t.headRange().start().line();
        String head = source.line(headLine);
        int close = -1;
        for (int i = t.name().range().end().character(); i < head.length(); i++) {
            if (head.charAt(i) == ']' || head.charAt(i) == '】') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        List<String> headCells = new ArrayList<>();
        headCells.add(head.substring(Locations.indent(head), close + 1));
        t.columns().forEach(w -> headCells.add(w.text()));
        lines.add(new Line(headLine, headCells, comment(syntax, headLine)));
        for (ReportSyntax.Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.label().text());
            r.cells().forEach(w -> cells.add(w.text()));
            int n = r.range().start().line();
            lines.add(new Line(n, cells, comment(syntax, n)));
        }
        return lines;
    }

    private static @Nullable String comment(ReportSyntax syntax, int line) {
        for (Word c : syntax.comments()) {
            if (c.range().start().line() == line) {
                return c.text().stripTrailing();
            }
        }
        return null;
    }

    private static int[] widths(List<Line> lines) {
        int columns = lines.stream().mapToInt(l -> l.cells.size()).max().orElse(0);
        int[] widths = new int[columns];
        for (Line l : lines) {
            for (int i = 0; i < l.cells.size(); i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(l.cells.get(i)));
            }
        }
        return widths;
    }

    /**
     * Whether emptying a line would make the lone CR before it and the LF after it one CRLF: one
     * line break instead of two, so a blank line would vanish (and with it the end of a table).
     */
    private static boolean emptyingJoinsLineBreaks(SourceText source, int line) {
        String text = source.text();
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        return start > 0 && text.charAt(start - 1) == '\r' && end < text.length() && text.charAt(end) == '\n';
    }

    private static boolean isTrailingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** The characters of a text that are not white space, in order. */
    static String nonSpace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xFEFF)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
