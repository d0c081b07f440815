package nianbao.core.check;

import java.util.HashSet;
import java.util.Set;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportTable;
import nianbao.core.template.TableDef;

/** The same table is written twice. */
final class DuplicateTableCheck extends BaseCheck {

    DuplicateTableCheck() {
        super("table.duplicate", Severity.ERROR, "The same table is written more than once.");
    }

    @Override
    public void run(CheckContext ctx) {
        Set<TableDef> seen = new HashSet<>();
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() != null && !seen.add(t.def())) {
                ctx.report(t.nameRange(), "表" + Messages.quote(t.def().label()) + "重复出现");
            }
        }
    }
}
