package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;

/** A check of single cells against their column's kind. */
abstract class ValueCheck extends BaseCheck {

    ValueCheck(String id, Severity severity, String summary) {
        super(id, severity, summary);
    }

    @Override
    public final void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            for (ReportRow r : t.rows()) {
                if (r.rest() || r.def() == null || r.def().heading()) {
                    continue;
                }
                for (Cell c : r.cells()) {
                    if (c.column() != null) {
                        check(ctx, r, c);
                    }
                }
            }
        }
    }

    abstract void check(CheckContext ctx, ReportRow row, Cell cell);

    static String where(ReportRow row, Cell cell) {
        return Messages.quote(row.def().label()) + "的" + Messages.quote(cell.column().label());
    }
}
