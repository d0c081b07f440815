package nianbao.core.template;

import java.util.List;
import java.util.Set;
import nianbao.syntax.Range;

/**
 * A plausibility rule: for agencies of the given levels, a row (or one cell) must be 0 — a
 * township cannot make 规章 ({@code 应为零 plausibility.rules-at-township 层级=乡镇,街道 rules}).
 *
 * @param columns the columns checked (all of the table's when the template names none)
 */
public record ZeroExpectation(String id, Set<String> levels, RowDef row, List<ColumnDef> columns, String description,
        String templateId, Range declaredAt) {
}
