package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportTable;
import nianbao.core.template.Declared;

/** A column name on a table's head line matches no column of the table (or several). */
final class UnknownColumnCheck extends BaseCheck {

    UnknownColumnCheck() {
        super("column.unknown", Severity.ERROR, "A column name on a table head matches no column of that table.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null) {
                continue;
            }
            for (ColumnSlot c : t.columns()) {
                if (c.def() == null && c.written() != null && !OtherFormats.explains(ctx.report(), t, c)) {
                    ctx.report(c.written().range(), "表" + Messages.quote(t.def().label()) + "没有列" + Messages.quote(c.written().text())
                            + Messages.suggestion(c.lookup()),
                            Messages.replaceBySuggestion(c.lookup(), c.written().range(), Declared::label));
                }
            }
        }
    }
}
