package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;

/**
 * Reads text as people have it. Text extracted from a Word report: a line starting with a tab is
 * a table cell, a blank line ends a table row (two end the table), a line without a tab right
 * under a cell continues that cell (Word wraps narrow cells: {@code 商业} / {@code 企业}). Any other
 * line is a line of text: a Markdown heading ({@code ## 一、总体情况}) is a heading; page numbers
 * ({@code -2-}) and the rules of Markdown tables are left out; rows of values separated by runs of
 * spaces or {@code |} stay lines, for {@link LineTables} to read with the template.
 */
final class TextReader {

    /** Word bookmarks that text extraction leaves in front of a line. */
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*");

    private TextReader() {
    }

    static SourceDocument read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        SourcePosition tableStart = null;
        boolean lastWasCell = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = BOOKMARK.matcher(lines[i]).replaceAll("");
            if (raw.startsWith("\t")) {
                if (tableStart == null) {
                    tableStart = SourcePosition.lineColumn(i, 1);
                }
                row.add(Cell.of(raw.substring(1), SourcePosition.lineColumn(i, 1)));
                lastWasCell = true;
            } else if (isBlank(raw)) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                boolean twice = i > 0 && !lines[i - 1].startsWith("\t") && isBlank(lines[i - 1]);
                if (twice && tableStart != null) {
                    // One blank line parts rows; more part tables.
                    blocks.addAll(tableOrLines(rows, tableStart));
                    rows = new ArrayList<>();
                    tableStart = null;
                }
                lastWasCell = false;
            } else if (lastWasCell && continues(raw)) {
                Cell last = row.remove(row.size() - 1);
                String joined = last.text().isEmpty() ? raw : last.text() + "\n" + raw;
                row.add(new Cell(joined, 1, 1, false, last.at()));
            } else {
                if (tableStart != null) {
                    if (!row.isEmpty()) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                    blocks.addAll(tableOrLines(rows, tableStart));
                    rows = new ArrayList<>();
                    tableStart = null;
                }
                if (TextRow.isPageNumber(raw) || TextRow.isTableRule(raw)) {
                    continue;
                }
                Matcher heading = MARKDOWN_HEADING.matcher(raw);
                if (heading.matches() && !heading.group(1).isEmpty()) {
                    blocks.add(new Line(heading.group(1), true, SourcePosition.lineColumn(i, heading.start(1))));
                } else {
                    blocks.add(new Line(raw.strip(), SourcePosition.lineColumn(i, leadingSpace(raw))));
                }
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (tableStart != null) {
            blocks.addAll(tableOrLines(rows, tableStart));
        }
        return new SourceDocument(blocks);
    }

    /**
     * Tab-indented paragraphs are not a table: a "table" of one column with a sentence in it,
     * or one whose cells are mostly sentences, is text.
     */
    private static List<Block> tableOrLines(List<List<Cell>> rows, SourcePosition at) {
        List<Cell> cells = rows.stream().flatMap(List::stream).filter(c -> !c.isBlank()).toList();
        long sentences = cells.stream().filter(c -> c.text().contains("。") || c.text().length() > 80).count();
        boolean oneColumn = rows.stream().allMatch(r -> r.size() == 1);
        if (!(oneColumn && sentences > 0) && sentences * 2 <= cells.size()) {
            return List.of(new Table(rows, at));
        }
        List<Block> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(new Line(c.text().replace("\n", "").strip(), c.at()));
        }
        return out;
    }

    /**
     * Whether a line right under a cell is the rest of that cell: wrapped cells are short, and a
     * section heading that follows a table without a blank line is not part of it.
     */
    private static boolean continues(String line) {
        String text = line.strip();
        return text.codePointCount(0, text.length()) <= 30 && Labels.sectionOrdinal(text) == 0;
    }

    private static boolean isBlank(String s) {
        return s.replace('\u00A0', ' ').replace('\u3000', ' ').isBlank();
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
