package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.template.ColumnDef;

/** A number with decimals in a column of counts (件). */
final class NotIntegerCheck extends ValueCheck {

    NotIntegerCheck() {
        super("value.not-integer", Severity.ERROR, "A number with decimals in a column that counts (only amounts such as fees may have decimals).");
    }

    @Override
    void check(CheckContext ctx, ReportRow row, Cell cell) {
        if (cell.value().isNumber() && cell.column().kind() != ColumnDef.Kind.AMOUNT
                && cell.value().number().stripTrailingZeros().scale() > 0) {
            ctx.report(cell.word().range(), where(row, cell) + "是件数，应为整数（填写的是 " + cell.word().text() + "）");
        }
    }
}
