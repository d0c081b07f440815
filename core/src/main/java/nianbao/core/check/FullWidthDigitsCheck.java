package nianbao.core.check;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.text.Nfkc;

/** Full-width digits (１２) are read as numbers; this suggests the half-width form. */
final class FullWidthDigitsCheck extends ValueCheck {

    FullWidthDigitsCheck() {
        super("value.full-width", Severity.INFORMATION, "A number typed with full-width digits; it is accepted, and a fix makes it half-width.");
    }

    @Override
    void check(CheckContext ctx, RowDef row, ColumnDef column, Cell cell) {
        if (cell.value().isNumber() && cell.value().fullWidth()) {
            String half = Nfkc.normalize(cell.word().text());
            ctx.report(cell.word().range(), Messages.quote(cell.word().text()) + "是全角数字，已按 " + half + " 计算",
                    List.of(Diagnostic.Fix.replace("改为半角 " + half, cell.word().range(), half)));
        }
    }
}
