package nianbao.core.model;

import nianbao.core.template.ColumnDef;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * One written cell of a row.
 *
 * @param column the column it falls in, or null for a cell past the table's last column
 */
public record Cell(Word word, @Nullable ColumnDef column, CellValue value) {
}
