package nianbao.core.check;

import java.math.BigDecimal;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;

/** A negative number in a column of counts or amounts. */
final class NegativeValueCheck extends ValueCheck {

    NegativeValueCheck() {
        super("value.negative", Severity.ERROR, "A negative number in a column that counts or sums (only a declared signed column may be negative).");
    }

    @Override
    void check(CheckContext ctx, RowDef row, ColumnDef column, Cell cell) {
        BigDecimal n = cell.value().number();
        if (n != null && n.signum() < 0 && column.kind() != ColumnDef.Kind.SIGNED) {
            ctx.report(cell.word().range(), where(row, column) + "不能为负数（填写的是 " + cell.word().text() + "）");
        }
    }
}
