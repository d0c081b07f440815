package nianbao.core.model;

import nianbao.core.template.ColumnDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * The column that the n-th number of each row belongs to.
 *
 * @param written the name on the table's head line, or null when the head names no columns
 *                (then the template's order is used)
 * @param def     the column, or null when the written name is unknown or ambiguous
 */
public record ColumnSlot(@Nullable Word written, @Nullable ColumnDef def, NameIndex.Lookup<ColumnDef> lookup) {
}
