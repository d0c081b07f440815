package nianbao.importer;

import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;

/**
 * What a value cell of a published table holds: a column, and for tables printed as one line
 * of cells (section 四) also the row; {@code row} is null when the row comes from the cell's line.
 */
record ValueKey(RowDef row, ColumnDef column) {
}
