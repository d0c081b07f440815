package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;

/** A row label matches no row of its table (or several). */
final class UnknownRowCheck extends BaseCheck {

    UnknownRowCheck() {
        super("row.unknown", Severity.ERROR, "A row label matches no row of its table.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null) {
                continue;
            }
            for (ReportRow r : t.rows()) {
                if (!r.rest() && r.def() == null && !OtherFormats.explains(ctx.report(), t, r)) {
                    var label = r.syntax().label();
                    ctx.report(label.range(), "表" + Messages.quote(t.def().label()) + "没有行" + Messages.quote(label.text())
                            + Messages.suggestion(r.lookup()),
                            Messages.replaceBySuggestion(r.lookup(), label.range(), Skeleton::preferredName));
                }
            }
        }
    }
}
