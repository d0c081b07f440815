package nianbao.importer;

/**
 * Where something stands in the imported file, as a clerk would look for it: {@code 12:5}
 * (one-based line and column, in UTF-16 code units) for text and web pages, a paragraph or
 * table cell number for Word files, whose text has no lines.
 */
public record SourcePosition(String where) {

    /** A zero-based line and UTF-16 column, shown one-based like {@code path:line:col}. */
    public static SourcePosition lineColumn(int line, int column) {
        return new SourcePosition((line + 1) + ":" + (column + 1));
    }

    /** The n-th (zero-based) paragraph of a Word body. */
    public static SourcePosition paragraph(int index) {
        return new SourcePosition("第" + (index + 1) + "段");
    }

    /** A cell of the n-th (zero-based) table of a Word body. */
    public static SourcePosition tableCell(int table, int row, int column) {
        return new SourcePosition("第" + (table + 1) + "个表格第" + (row + 1) + "行第" + (column + 1) + "列");
    }

    /** The n-th (zero-based) line of text on the n-th (zero-based) page of a PDF. */
    public static SourcePosition pageLine(int page, int line) {
        return new SourcePosition("第" + (page + 1) + "页第" + (line + 1) + "行");
    }

    /**
     * The place {@code columns} UTF-16 code units further along the same line, for a piece of a
     * line; a position that is not a line and column (a Word paragraph) stays as it is.
     */
    public SourcePosition shifted(int columns) {
        int colon = where.indexOf(':');
        if (colon < 0 || columns == 0) {
            return this;
        }
        try {
            int line = Integer.parseInt(where.substring(0, colon));
            int column = Integer.parseInt(where.substring(colon + 1));
            return new SourcePosition(line + ":" + (column + columns));
        } catch (NumberFormatException e) {
            return this;
        }
    }

    /** The whole file, for problems that have no better place. */
    public static final SourcePosition FILE = new SourcePosition("");

    @Override
    public String toString() {
        return where;
    }
}
