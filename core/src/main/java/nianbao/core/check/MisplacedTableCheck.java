package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;

/** A table stands in a section other than the one the template puts it in. */
final class MisplacedTableCheck extends BaseCheck {

    MisplacedTableCheck() {
        super("table.misplaced", Severity.ERROR, "A table stands in a section other than the one the template puts it in.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportSection s : ctx.report().sections()) {
            if (s.def() == null) {
                continue;
            }
            for (ReportTable t : s.tables()) {
                if (t.def() != null && t.def().section() != s.def()) {
                    ctx.report(t.nameRange(), "表" + Messages.quote(t.def().label()) + "应在章节"
                            + Messages.quote(t.def().section().label()) + "中，而不是" + Messages.quote(s.def().label()));
                }
            }
        }
    }
}
