package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportTable;
import nianbao.core.template.Declared;

/** A table name matches no table of the template (or several). */
final class UnknownTableCheck extends BaseCheck {

    UnknownTableCheck() {
        super("table.unknown", Severity.ERROR, "A table name matches no table of the template.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null && t.syntax().name() != null && OtherFormats.of(ctx.report(), t) == null) {
                var name = t.syntax().name();
                ctx.report(name.range(), "模板中没有表" + Messages.quote(name.text()) + Messages.suggestion(t.lookup()),
                        Messages.replaceBySuggestion(t.lookup(), name.range(), Declared::label));
            }
        }
    }
}
