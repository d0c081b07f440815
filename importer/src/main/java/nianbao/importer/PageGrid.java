package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.output.TableLayout.PageCell;
import nianbao.core.output.TableLayout.Role;

/**
 * Printed table lines placed on a grid: which grid column each cell starts in, once the cells
 * merged down from the lines above have taken their places. Word needs this (it repeats a
 * merged-down cell as a continuation in every line it covers); HTML does not.
 */
final class PageGrid {

    /** A cell at its grid column; {@code continued} when it is the part of a merged-down cell in a later line. */
    record Slot(PageCell cell, int column, boolean continued) {
    }

    private final List<List<Slot>> rows;

    private PageGrid(List<List<Slot>> rows) {
        this.rows = rows;
    }

    static PageGrid of(List<List<PageCell>> lines, int width) {
        // For each grid column, the cell covering it from a line above and the lines it still covers.
        PageCell[] above = new PageCell[width];
        int[] remaining = new int[width];
        int[] startColumn = new int[width];
        List<List<Slot>> rows = new ArrayList<>();
        for (List<PageCell> line : lines) {
            List<Slot> row = new ArrayList<>();
            int next = 0;
            int column = 0;
            while (column < width) {
                if (remaining[column] > 0 && startColumn[column] == column) {
                    PageCell c = above[column];
                    row.add(new Slot(c, column, true));
                    for (int k = column; k < column + c.colspan(); k++) {
                        remaining[k]--;
                    }
                    column += c.colspan();
                    continue;
                }
                if (remaining[column] > 0) {
                    column++;
                    continue;
                }
                if (next >= line.size()) {
                    break;
                }
                PageCell c = line.get(next++);
                row.add(new Slot(c, column, false));
                int span = Math.max(1, Math.min(c.colspan(), width - column));
                for (int k = column; k < column + span; k++) {
                    above[k] = c;
                    startColumn[k] = column;
                    remaining[k] = c.rowspan() - 1;
                }
                column += span;
            }
            rows.add(row);
        }
        return new PageGrid(rows);
    }

    List<Slot> row(int r) {
        return rows.get(r);
    }

    /** True when a row label (not a merged-down heading's continuation) starts in this grid column. */
    boolean holdsRowLabel(int column) {
        for (List<Slot> row : rows) {
            for (Slot s : row) {
                if (!s.continued() && s.column() == column && s.cell().role() == Role.ROW) {
                    return true;
                }
            }
        }
        return false;
    }
}
