package nianbao.core.check;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.syntax.Range;

/** A row has fewer or more numbers than its table has columns. */
final class RaggedRowCheck extends BaseCheck {

    RaggedRowCheck() {
        super("row.ragged", Severity.ERROR, "A row has fewer or more numbers than its table has columns.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null) {
                continue;
            }
            int expected = t.columns().size();
            for (ReportRow r : t.rows()) {
                if (r.rest() || r.def() == null || r.def().heading()) {
                    continue;
                }
                int n = r.cells().size();
                if (n < expected) {
                    var end = r.syntax().range().end();
                    String zeros = " 0".repeat(expected - n);
                    ctx.report(r.syntax().range(),
                            Messages.quote(r.def().label()) + "只有 " + n + " 个数，应有 " + expected + " 个（缺少"
                                    + missingNames(t, n) + "）",
                            List.of(Diagnostic.Fix.replace("在行尾补 " + (expected - n) + " 个 0", new Range(end, end), zeros)));
                } else if (n > expected) {
                    Cell first = r.cells().get(expected);
                    Cell last = r.cells().get(n - 1);
                    ctx.report(new Range(first.word().range().start(), last.word().range().end()),
                            Messages.quote(r.def().label()) + "有 " + n + " 个数，但表只有 " + expected + " 列，多出 " + (n - expected) + " 个");
                }
            }
        }
    }

    private static String missingNames(ReportTable t, int written) {
        StringBuilder sb = new StringBuilder();
        for (int i = written; i < t.columns().size(); i++) {
            var c = t.columns().get(i);
            if (!sb.isEmpty()) {
                sb.append("、");
            }
            sb.append(Messages.quote(c.def() != null ? c.def().label() : c.written() != null ? c.written().text() : "?"));
        }
        return sb.toString();
    }
}
