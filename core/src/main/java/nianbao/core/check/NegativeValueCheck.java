package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.template.ColumnDef;

/** A negative number in a column of counts or amounts. */
final class NegativeValueCheck extends ValueCheck {

    NegativeValueCheck() {
        super("value.negative", Severity.ERROR, "A negative number in a column that counts or sums (only a declared signed column may be negative).");
    }

    @Override
    void check(CheckContext ctx, ReportRow row, Cell cell) {
        if (cell.value().isNumber() && cell.value().number().signum() < 0 && cell.column().kind() != ColumnDef.Kind.SIGNED) {
            ctx.report(cell.word().range(), where(row, cell) + "不能为负数（填写的是 " + cell.word().text() + "）");
        }
    }
}
