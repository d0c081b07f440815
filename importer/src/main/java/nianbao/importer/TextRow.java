package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.importer.SourceDocument.Line;

/**
 * A line of text read as a possible table row: a label, then the values that end the line
 * (cells separated by runs of spaces, as PDF text and {@code pdftotext -layout} give them, or
 * by {@code |}, as Markdown and OCR give them). A line is a row only when at least one of its
 * values is a number.
 *
 * @param label  the text before the values, spaces kept as written ("" when the line is all values)
 * @param values the values as written, left to right
 */
record TextRow(Line line, String label, List<String> values, int numbers) {

    /** A page number printed in the margin ({@code -2-}, {@code — 2 —}, {@code 第 2 页}): not content. */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[-－—–]\\s*[0-9]{1,3}\\s*[-－—–]|第\\s*[0-9]{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*[0-9]{1,3}\\s*页)?|[0-9]{1,3}\\s*/\\s*[0-9]{1,3}");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u3000]+");
    /** A Markdown table's rule under its header, {@code |---|:--:|}. */
    private static final Pattern RULE = Pattern.compile("\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?");

    /** A line of nothing but cell separators ({@code |}, {@code |||}): what a page's table leaves between cells written one a line. */
    private static final Pattern SEPARATORS = Pattern.compile("\\|[\\s\u00A0\u3000|]*");

    static boolean isSeparators(String text) {
        return SEPARATORS.matcher(text.strip()).matches();
    }

    /** True when the line is a single number and nothing else: one cell of a table written one cell a line. */
    boolean isLoneNumber() {
        return label.isBlank() && values.size() == 1 && numbers == 1;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    static boolean isTableRule(String text) {
        return RULE.matcher(text.strip()).matches();
    }

    static TextRow of(Line line) {
        String text = line.text().strip();
        List<String> cells = new ArrayList<>();
        if (text.indexOf('|') >= 0) {
            String inner = text;
            if (inner.startsWith("|")) {
                inner = inner.substring(1);
            }
            if (inner.endsWith("|")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            for (String c : inner.split("\\|", -1)) {
                cells.add(c.strip());
            }
        } else {
            for (String c : SPACES.split(text)) {
                if (!c.isEmpty()) {
                    cells.add(c);
                }
            }
        }
        // Labels come first: in a | row an empty first cell is an empty label (a label wrapped onto
        // the line above), not a blank value.
        int labelCells = text.indexOf('|') >= 0 && !cells.isEmpty() && cells.get(0).isEmpty() ? 1 : 0;
        int firstValue = cells.size();
        while (firstValue > labelCells && CellText.isValue(cells.get(firstValue - 1))) {
            firstValue--;
        }
        List<String> values = cells.subList(firstValue, cells.size());
        int numbers = (int) values.stream().filter(CellText::isNumber).count();
        String label = String.join(" ", cells.subList(0, firstValue));
        return new TextRow(line, label, List.copyOf(values), numbers);
    }

    boolean isRow() {
        return numbers > 0;
    }

    /** True for a {@code |} row whose cells are all empty ({@code 行政许可 | ||||}): a row of blanks, not text. */
    boolean isEmptyCells() {
        return line.text().indexOf('|') >= 0 && !label.isBlank() && !values.isEmpty() && values.stream().allMatch(String::isEmpty);
    }

    /**
     * The row without the empty cells a page's {@code |} text adds after a row's last cell, where
     * the table's grid is wider than the row ({@code 行政许可 | 0 | ||} is one value in a
     * one-column table): only when the cells beyond {@code width} are all empty and those within
     * it are all filled, or every cell is empty. An empty cell among the first {@code width} says
     * the bars may not be cells at all ({@code 一、本年新收… | 0 | ||||||||}: one value spanning the
     * row, or six blanks?), or that an empty first cell is a label's spanned column and the cells
     * would shift: then the row as it is, which does not fit and is reported.
     */
    TextRow fitted(int width) {
        if (line.text().indexOf('|') < 0 || values.size() <= width) {
            return this;
        }
        boolean padding = values.subList(width, values.size()).stream().allMatch(String::isEmpty);
        List<String> kept = values.subList(0, width);
        boolean whole = kept.stream().noneMatch(String::isEmpty) || values.stream().allMatch(String::isEmpty);
        return padding && whole ? new TextRow(line, label, List.copyOf(kept), numbers) : this;
    }
}
