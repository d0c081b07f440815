package nianbao.core.model;

import nianbao.core.template.ColumnDef;
import nianbao.syntax.Word;

/**
 * One written cell of a row.
 *
 * @param column the column it falls in, or null for a cell past the table's last column
 */
public record Cell(Word word, ColumnDef column, CellValue value) {
}
