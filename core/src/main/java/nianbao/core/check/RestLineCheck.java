package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;

/** The {@code 其余} line must say 0 (or - for blank), once: it never fills rows with other numbers. */
final class RestLineCheck extends BaseCheck {

    RestLineCheck() {
        super("row.rest-value", Severity.ERROR, "The '其余' line must hold exactly one value, 0 or '-'.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            for (ReportRow r : t.rows()) {
                if (!r.rest()) {
                    continue;
                }
                if (ReportTable.restValueOf(r) == null) {
                    ctx.report(r.syntax().range(), "“其余”只能写一个 0（或 - 表示空白），表示其余各行都为 0");
                }
            }
        }
    }
}
