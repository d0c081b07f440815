package nianbao.core.check;

import java.math.BigDecimal;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;

/**
 * A number too large to be held exactly: beyond 2^53 − 1, the largest integer that JSON
 * readers (JavaScript among them) keep exactly.
 */
final class TooLargeCheck extends ValueCheck {

    static final BigDecimal LIMIT = BigDecimal.valueOf(9_007_199_254_740_991L);

    TooLargeCheck() {
        super("value.too-large", Severity.ERROR, "A number is beyond 9007199254740991 (2^53 - 1) and cannot be held exactly.");
    }

    @Override
    void check(CheckContext ctx, RowDef row, ColumnDef column, Cell cell) {
        BigDecimal n = cell.value().number();
        if (n != null && n.abs().compareTo(LIMIT) > 0) {
            ctx.report(cell.word().range(), where(row, column) + "的数值过大，无法准确保存（上限为 " + LIMIT.toPlainString() + "）");
        }
    }
}
