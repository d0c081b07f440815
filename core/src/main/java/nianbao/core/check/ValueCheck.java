package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;

/** A check of single cells against their column's kind. */
abstract class ValueCheck extends BaseCheck {

    ValueCheck(String id, Severity severity, String summary) {
        super(id, severity, summary);
    }

    @Override
    public final void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            for (ReportRow r : t.rows()) {
                RowDef row = r.def();
                if (r.rest() || row == null || row.heading()) {
                    continue;
                }
                for (Cell c : r.cells()) {
                    ColumnDef column = c.column();
                    if (column != null) {
                        check(ctx, row, column, c);
                    }
                }
            }
        }
    }

    /** A cell of a known row, in a known column. */
    abstract void check(CheckContext ctx, RowDef row, ColumnDef column, Cell cell);

    static String where(RowDef row, ColumnDef column) {
        return Messages.quote(row.label()) + "的" + Messages.quote(column.label());
    }
}
