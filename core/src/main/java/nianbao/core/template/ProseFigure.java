package nianbao.core.template;

import java.util.List;
import nianbao.core.text.Phrase;
import nianbao.syntax.Range;

/**
 * A wording in which prose states a figure of a table ({@code 说法 new@total 受理…申请{数}件}):
 * the figure must equal the sum of the named cells.
 */
public record ProseFigure(Phrase phrase, List<RowDef> rows, ColumnDef column, TableDef table, String templateId,
        Range declaredAt) {
}
