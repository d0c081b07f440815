package nianbao.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.text.Names;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;

/**
 * Reads a template table from lines of text that carry no grid: a PDF's text, text copied out
 * of a PDF viewer or {@code pdftotext -layout}, Markdown or {@code |} rows from OCR. Such text
 * loses the table's structure — labels wrap over several lines, headers are split, a page
 * number stands between two rows, characters of a label are lost — but the template knows the
 * table's rows and their order. So the lines that end in values ({@link TextRow}) are aligned to
 * the template's rows in order (a monotone alignment that maximises how well each line's label,
 * with the label pieces above it, matches the row's names), and the values of each aligned line
 * fill the row's columns in the template's order, which the national format fixes.
 *
 * <p>A line whose number of values is not the table's number of columns is never guessed into
 * cells (a row of cells run together, {@code 396442278}, cannot be split): it is reported with
 * its text as {@link ProblemId#ROW_UNREADABLE}.
 */
final class LineTables {

    /** How well a label must match a row's names for the line to be aligned to it. */
    private static final double THRESHOLD = 0.5;

    /**
     * How close another free row's score may come to the aligned row's before the line's place is
     * ambiguous (then the line is reported unreadable: a wrong value costs more than a missing one).
     */
    private static final double MARGIN = 0.1;

    /**
     * How well a row of empty cells must name a row by its own label (not by the label pieces
     * around it) to be read as that row's blanks: a header line such as {@code 自然人 | 法人或其他组织
     * | 总计 | |||||||} ends in empty cells too, and contains a row's name.
     */
    private static final double EMPTY_ROW_MATCH = 0.75;

    /**
     * What reading one table took from the lines.
     *
     * @param consumed indexes (into the lines given) of the lines that belong to the table
     * @param first    the first of them
     * @param last     the last of them (the next table starts after it)
     */
    record Read(Set<Integer> consumed, int first, int last) {
    }

    private final TableDef def;
    private final List<Line> lines;
    private final MappedReport.Table target;
    private final List<ImportProblem> problems;

    private LineTables(TableDef def, List<Line> lines, MappedReport.Table target, List<ImportProblem> problems) {
        this.def = def;
        this.lines = lines;
        this.target = target;
        this.problems = problems;
    }

    /**
     * Reads the table from {@code lines[from, to)} into {@code target}; null when no line there is
     * a row of it (then nothing is stored and no problem added).
     */
    static Read read(TableDef def, List<Line> lines, int from, int to, MappedReport.Table target,
            List<ImportProblem> problems) {
        return new LineTables(def, lines, target, problems).read(from, to);
    }

    /**
     * The lines of a region that end in values, with the label pieces around each: above a row,
     * the text since the row before; below it, the rest of its own label (up to a line that starts
     * with an ordinal, which starts the next label). A wrapped label may stand on either side.
     */
    private record Candidates(List<Integer> lines, List<TextRow> rows, List<String> above, List<String> below) {
    }

    private Candidates candidates(int from, int to) {
        Candidates c = new Candidates(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int width = def.columns().size();
        StringBuilder pending = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean afterClosed = false;
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            if (TextRow.isPageNumber(text) || TextRow.isTableRule(text) || TextRow.isSeparators(text)) {
                continue;
            }
            TextRow row = TextRow.of(lines.get(i)).fitted(width);
            int last = i;
            boolean isRow = row.isRow() || (row.isEmptyCells() && row.values().size() == width);
            CellLines.Stacked stacked = isRow ? null : CellLines.stacked(def, lines, i, to);
            if (stacked != null) {
                row = stacked.row();
                last = stacked.last();
                isRow = true;
            }
            if (!isRow) {
                if (text.contains("。")) {
                    pending.setLength(0); // prose: what follows starts afresh
                    afterClosed = true;
                } else {
                    pending.append(text);
                    afterClosed |= !Names.ordinalPrefix(text.strip()).isEmpty() || Labels.sectionOrdinal(text) > 0;
                    if (!afterClosed) {
                        after.append(text);
                    }
                }
                continue;
            }
            if (!c.rows().isEmpty()) {
                c.below().add(c.rows().get(c.rows().size() - 1).label() + " " + after);
            }
            c.lines().add(last);
            c.rows().add(row);
            c.above().add(pending + " " + row.label());
            pending.setLength(0);
            after.setLength(0);
            afterClosed = false;
            i = last;
        }
        if (!c.rows().isEmpty()) {
            c.below().add(c.rows().get(c.rows().size() - 1).label() + " " + after);
        }
        return c;
    }

    private Read read(int from, int to) {
        Candidates found = candidates(from, to);
        List<Integer> candidates = found.lines();
        List<TextRow> rows = found.rows();
        if (rows.isEmpty()) {
            return null;
        }
        int width = def.columns().size();
        if (def.layout() == TableDef.Layout.SINGLE_LINE) {
            int whole = def.valueRows().size() * width;
            for (int k = 0; k < rows.size(); k++) {
                if (rows.get(k).values().size() == whole) {
                    storeInOrder(rows.get(k), HeaderTree.templateOrder(def));
                    return consumed(from, candidates.get(k), candidates.get(k));
                }
            }
        }
        List<RowDef> targets = def.layout() == TableDef.Layout.SINGLE_LINE ? def.valueRows() : def.rows();
        double[][] score = scores(rows, found.above(), found.below(), targets);
        int[] match = align(score);
        int firstMatched = -1;
        int lastMatched = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (match[k] >= 0) {
                firstMatched = firstMatched < 0 ? k : firstMatched;
                lastMatched = k;
            }
        }
        if (firstMatched < 0) {
            return null;
        }
        for (int k = firstMatched; k <= lastMatched; k++) {
            TextRow row = rows.get(k);
            RowDef r = match[k] >= 0 ? targets.get(match[k]) : null;
            RowDef rival = r == null || !r.holdsValues() ? null : rival(score, match, k, targets);
            if (row.numbers() == 0 && (r == null || !r.holdsValues() || rival != null || similarity(row.label(), r) < EMPTY_ROW_MATCH)) {
                continue; // empty cells that are no row of the table (a header's padding), or not surely this one: left alone
            }
            if (rival != null) {
                problems.add(ImportProblem.error(ProblemId.ROW_UNREADABLE, row.line().at(), "「" + def.label()
                        + "」的这一行可能是「" + r.label() + "」，也可能是「" + rival.label() + "」，无法确定，未导入：「"
                        + Labels.oneLine(row.line().text()) + "」"));
            } else if (row.values().size() != width) {
                problems.add(ImportProblem.error(ProblemId.ROW_UNREADABLE, row.line().at(), "「" + def.label() + "」的这一行"
                        + (r == null ? "" : "（「" + r.label() + "」）") + "有" + row.values().size() + "个数值，应有" + width
                        + "个，无法分清各列（数字可能连在一起），未导入：「" + Labels.oneLine(row.line().text()) + "」"));
            } else if (r == null) {
                problems.add(ImportProblem.error(ProblemId.ROW_UNKNOWN, row.line().at(), "「" + Labels.oneLine(row.label())
                        + "」不是「" + def.label() + "」的行，这一行未导入：「" + Labels.oneLine(row.line().text()) + "」"));
            } else if (!r.holdsValues()) {
                problems.add(ImportProblem.warning(ProblemId.HEADING_ROW_VALUES, row.line().at(),
                        "「" + r.label() + "」是标题行，不填数字；这一行的数字未导入：「" + Labels.oneLine(row.line().text()) + "」"));
            } else {
                List<ValueKey> keys = new ArrayList<>();
                for (ColumnDef c : def.columns()) {
                    keys.add(new ValueKey(r, c));
                }
                storeInOrder(row, keys);
            }
        }
        return consumed(from, candidates.get(firstMatched), candidates.get(lastMatched));
    }

    /** The table's lines: its header and label pieces from {@code from} (prose excepted) to its last row. */
    private Read consumed(int from, int firstRow, int lastRow) {
        int start = from;
        for (int i = from; i < firstRow; i++) {
            if (lines.get(i).text().contains("。")) {
                start = i + 1;
            }
        }
        int last = lastRow;
        while (last + 1 < lines.size() && TextRow.isSeparators(lines.get(last + 1).text())) {
            last++; // the lone | that closes the last cell
        }
        Set<Integer> out = new HashSet<>();
        for (int i = start; i <= last; i++) {
            if (!lines.get(i).text().contains("。")) {
                out.add(i);
            }
        }
        return new Read(out, start, last);
    }

    private void storeInOrder(TextRow row, List<ValueKey> keys) {
        Map<ValueKey, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            cells.put(keys.get(i), Cell.of(row.values().get(i), row.line().at()));
        }
        TableValues.put(def, target, cells, row.line().at(), problems);
    }

    /**
     * Another row that holds values, left free by the alignment between the rows of the lines
     * before and after line {@code k}, that line {@code k} matches nearly as well as its own; or null.
     */
    private static RowDef rival(double[][] score, int[] match, int k, List<RowDef> targets) {
        int lo = -1;
        for (int i = k - 1; i >= 0; i--) {
            if (match[i] >= 0) {
                lo = match[i];
                break;
            }
        }
        int hi = targets.size();
        for (int i = k + 1; i < match.length; i++) {
            if (match[i] >= 0) {
                hi = match[i];
                break;
            }
        }
        double own = score[k][match[k]];
        for (int j = lo + 1; j < hi; j++) {
            if (j != match[k] && targets.get(j).holdsValues() && score[k][j] >= THRESHOLD && score[k][j] > own - MARGIN) {
                return targets.get(j);
            }
        }
        return null;
    }

    /** How well each candidate line (with its label pieces) matches each row. */
    private static double[][] scores(List<TextRow> rows, List<String> above, List<String> below, List<RowDef> targets) {
        int k = rows.size();
        int m = targets.size();
        double[][] score = new double[k][m];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                RowDef r = targets.get(j);
                double s = Math.max(similarity(rows.get(i).label(), r),
                        0.95 * Math.max(similarity(above.get(i), r), Math.min(1, similarity(below.get(i), r))));
                // A heading row holds no values: a line with values is one of its rows unless it names the heading exactly.
                score[i][j] = r.holdsValues() || s >= 2 ? s : 0.6 * s;
            }
        }
        return score;
    }

    /**
     * For each candidate line, the index of the row it is aligned to, or -1: the monotone
     * alignment with the greatest total score, pairs under the threshold not allowed.
     */
    private static int[] align(double[][] score) {
        int k = score.length;
        int m = k == 0 ? 0 : score[0].length;
        double[][] best = new double[k + 1][m + 1];
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= m; j++) {
                double b = Math.max(best[i - 1][j], best[i][j - 1]);
                if (score[i - 1][j - 1] >= THRESHOLD) {
                    b = Math.max(b, best[i - 1][j - 1] + score[i - 1][j - 1]);
                }
                best[i][j] = b;
            }
        }
        int[] match = new int[k];
        java.util.Arrays.fill(match, -1);
        int i = k;
        int j = m;
        while (i > 0 && j > 0) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                match[i - 1] = j - 1;
                i--;
                j--;
            }
        }
        return match;
    }

    /**
     * How well a written label matches a row: 2 when it is one of the row's names; else, for the
     * best of the row's names, the share of the name's character pairs found in the label, less
     * when the label is much longer than the name (a long label contains many short names).
     */
    static double similarity(String written, RowDef row) {
        String label = letters(written);
        if (label.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (String name : row.names()) {
            String n = letters(name);
            if (n.isEmpty()) {
                continue;
            }
            if (n.equals(label)) {
                return 2;
            }
            Set<String> pairs = pairs(label);
            List<String> wanted = new ArrayList<>(pairs(n));
            if (wanted.isEmpty()) {
                continue;
            }
            long found = wanted.stream().filter(pairs::contains).count();
            double containment = (double) found / wanted.size();
            double length = Math.min(1.0, (double) n.length() / label.length());
            best = Math.max(best, containment * (0.5 + 0.5 * length));
        }
        return best;
    }

    /** A label reduced to its letters and digits, without its ordinal: how labels are compared here. */
    private static String letters(String text) {
        String n = Names.normalize(text.replaceAll("[\\s\u00A0\u3000]+", ""));
        StringBuilder sb = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        if (s.length() == 1) {
            out.add(s);
        }
        return out;
    }
}
