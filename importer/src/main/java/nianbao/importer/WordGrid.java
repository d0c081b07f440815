package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import nianbao.importer.SourceDocument.Cell;

/**
 * Row spans of a Word table, which neither Word format stores: a cell merged down is a first
 * cell followed by continuation cells in the rows below, in the same grid column. Shared by the
 * .docx and the .doc reader.
 */
final class WordGrid {

    /** Characters of a nested table's text quoted in its problem. */
    private static final int NESTED_EXCERPT = 30;

    private WordGrid() {
    }

    /**
     * The rows with each first cell's row span set to the number of rows its continuation cells
     * reach.
     *
     * @param gridColumns for each row, the grid column each of its cells starts in
     */
    static List<List<Cell>> withRowSpans(List<List<Cell>> rows, List<List<Integer>> gridColumns) {
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                Cell cell = rows.get(r).get(c);
                int span = 1;
                while (!cell.continued() && r + span < rows.size()
                        && continuedAt(rows.get(r + span), gridColumns.get(r + span), gridColumns.get(r).get(c))) {
                    span++;
                }
                row.add(span == 1 ? cell : new Cell(cell.text(), span, cell.colSpan(), false, cell.at()));
            }
            out.add(row);
        }
        return out;
    }

    private static boolean continuedAt(List<Cell> row, List<Integer> columns, int gridColumn) {
        int i = columns.indexOf(gridColumn);
        return i >= 0 && row.get(i).continued();
    }

    /**
     * The problem for a table nested in a cell, which is not read: the grid of its outer table has
     * no place for it, and guessing where its numbers belong could put them in the wrong row. The
     * cell keeps its own text; the clerk is told where the nested table is and how it starts.
     *
     * @param texts the nested table's non-empty cell texts, in reading order
     */
    static ImportProblem nestedTable(int rows, List<String> texts, SourcePosition at) {
        if (texts.isEmpty()) {
            return ImportProblem.note(ProblemId.NESTED_TABLE_EMPTY, at, "单元格中有一个空的嵌套表格，已略过");
        }
        String start = String.join(" ", texts);
        if (start.codePointCount(0, start.length()) > NESTED_EXCERPT) {
            start = start.substring(0, start.offsetByCodePoints(0, NESTED_EXCERPT)) + "…";
        }
        return ImportProblem.error(ProblemId.NESTED_TABLE_LOST, at, "单元格中嵌套的表格（" + rows
                + "行，开头是「" + start + "」）没有导入，只保留了单元格本身的文字；请把其中的内容直接填入报告");
    }
}
