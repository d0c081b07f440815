package nianbao.core.check;

import java.util.HashSet;
import java.util.Set;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;

/** A table's head line names the same column twice. */
final class DuplicateColumnCheck extends BaseCheck {

    DuplicateColumnCheck() {
        super("column.duplicate", Severity.ERROR, "A table head names the same column more than once.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            Set<ColumnDef> seen = new HashSet<>();
            for (ColumnSlot c : t.columns()) {
                if (c.def() != null && c.written() != null && !seen.add(c.def())) {
                    ctx.report(c.written().range(), "列" + Messages.quote(c.def().label()) + "重复出现");
                }
            }
        }
    }
}
