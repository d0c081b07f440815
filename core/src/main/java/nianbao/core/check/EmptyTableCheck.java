package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportTable;

/** A table head with no rows under it. */
final class EmptyTableCheck extends BaseCheck {

    EmptyTableCheck() {
        super("table.empty", Severity.ERROR, "A table head has no rows under it.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.rows().isEmpty()) {
                ctx.report(t.syntax().headRange(), "表" + Messages.quote(t.def() != null ? t.def().label()
                        : t.syntax().name() == null ? "" : t.syntax().name().text())
                        + "没有任何行；各项都为 0 时可写“其余 0”");
            }
        }
    }
}
