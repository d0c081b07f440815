package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;

/** A heading row (三、本年度办理结果, （三）不予公开 …) is given numbers, which it cannot hold. */
final class HeadingRowValuesCheck extends BaseCheck {

    HeadingRowValuesCheck() {
        super("row.heading-values", Severity.ERROR, "A heading row, which groups other rows and holds no numbers, is given numbers.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            for (ReportRow r : t.rows()) {
                if (r.def() != null && r.def().heading() && !r.cells().isEmpty()) {
                    var first = r.cells().get(0).word().range();
                    var last = r.cells().get(r.cells().size() - 1).word().range();
                    ctx.report(new nianbao.syntax.Range(first.start(), last.end()), Messages.quote(r.def().label())
                            + "是标题行，本身不填数字；请填在其下各行");
                }
            }
        }
    }
}
