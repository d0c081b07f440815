package nianbao.core.model;

import java.util.List;
import nianbao.core.template.RowDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.ReportSyntax;
import org.jspecify.annotations.Nullable;

/**
 * A written row of a table: the row it names (if any) and its cells.
 *
 * @param lookup what the label resolved to (found, ambiguous, unknown with a suggestion)
 * @param rest   true for the {@code 其余 0} line, which fills every row not written
 */
public record ReportRow(ReportSyntax.Row syntax, @Nullable RowDef def, NameIndex.@Nullable Lookup<RowDef> lookup, List<Cell> cells,
        boolean rest) {
}
