package nianbao.core.check;

import java.math.BigDecimal;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;

/** A number with decimals in a column of counts (件). */
final class NotIntegerCheck extends ValueCheck {

    NotIntegerCheck() {
        super("value.not-integer", Severity.ERROR, "A number with decimals in a column that counts (only amounts such as fees may have decimals).");
    }

    @Override
    void check(CheckContext ctx, RowDef row, ColumnDef column, Cell cell) {
        BigDecimal n = cell.value().number();
        if (n != null && column.kind() != ColumnDef.Kind.AMOUNT && n.stripTrailingZeros().scale() > 0) {
            ctx.report(cell.word().range(), where(row, column) + "是件数，应为整数（填写的是 " + cell.word().text() + "）");
        }
    }
}
