package nianbao.core.check;

import java.util.HashSet;
import java.util.Set;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.RowDef;

/** The same row is written twice in a table (only the first counts). */
final class DuplicateRowCheck extends BaseCheck {

    DuplicateRowCheck() {
        super("row.duplicate", Severity.ERROR, "The same row is written more than once in a table; only the first counts.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            Set<RowDef> seen = new HashSet<>();
            boolean rest = false;
            for (ReportRow r : t.rows()) {
                if (r.rest()) {
                    if (rest) {
                        ctx.report(r.syntax().label().range(), "“其余”重复出现");
                    }
                    rest = true;
                } else if (r.def() != null && !seen.add(r.def())) {
                    ctx.report(r.syntax().label().range(), "行" + Messages.quote(r.def().label()) + "重复出现，只按第一次填写的数值计算");
                }
            }
        }
    }
}
