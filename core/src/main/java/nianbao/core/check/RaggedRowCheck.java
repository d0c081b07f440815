package nianbao.core.check;

import java.util.List;
import java.util.Objects;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RowCompletion;
import nianbao.core.template.ColumnDef;
import nianbao.syntax.Range;

/**
 * A row has fewer or more numbers than its table has columns. Reported once: the binder places
 * none of its numbers in a column, so no rule blames another cell for it and no output shifts a
 * value into the wrong column. A fix is offered only when exactly one reading of the row makes
 * the rules over it hold ({@link RowCompletion}).
 */
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
                if (n == expected) {
                    continue;
                }
                RowCompletion.Reading reading = RowCompletion.of(ctx.rules(), t, r);
                String label = Messages.quote(r.def().label());
                String msg = n < expected
                        ? label + "只有 " + n + " 个数，应有 " + expected + " 个"
                        : label + "有 " + n + " 个数，但表只有 " + expected + " 列，多出 " + (n - expected) + " 个";
                msg += "；看不出哪个数属于哪一列，本行暂不参与勾稽关系的计算";
                List<Diagnostic.Fix> fixes = List.of();
                if (reading != null) {
                    msg += "。按勾稽关系，" + describe(r, reading);
                    fixes = List.of(fix(r, reading));
                }
                ctx.report(range(r, expected), msg, fixes);
            }
        }
    }

    /** The numbers past the last column when there are too many, else the whole row. */
    private static Range range(ReportRow r, int expected) {
        if (r.cells().size() > expected && expected > 0) {
            return new Range(r.cells().get(expected).word().range().start(), r.cells().get(r.cells().size() - 1).word().range().end());
        }
        return r.syntax().range();
    }

    /** The column of an inserted number: a reading that inserts one always names its column. */
    private static ColumnDef insertedColumn(RowCompletion.Reading reading) {
        return Objects.requireNonNull(reading.column(), "an insertion names its column");
    }

    private static String describe(ReportRow r, RowCompletion.Reading reading) {
        if (reading.inserted() != null) {
            return "缺少的应是" + Messages.quote(insertedColumn(reading).shortName()) + "的 " + Messages.number(reading.inserted());
        }
        Cell extra = r.cells().get(reading.index());
        return "多出的应是第 " + (reading.index() + 1) + " 个数“" + extra.word().text() + "”";
    }

    private static Diagnostic.Fix fix(ReportRow r, RowCompletion.Reading reading) {
        List<Cell> cells = r.cells();
        if (reading.inserted() != null) {
            String value = Messages.number(reading.inserted());
            if (reading.index() < cells.size()) {
                var at = cells.get(reading.index()).word().range().start();
                return Diagnostic.Fix.replace("在" + Messages.quote(insertedColumn(reading).shortName()) + "处补上 " + value,
                        new Range(at, at), value + "  ");
            }
            var at = cells.isEmpty() ? r.syntax().label().range().end() : cells.get(cells.size() - 1).word().range().end();
            return Diagnostic.Fix.replace("在" + Messages.quote(insertedColumn(reading).shortName()) + "处补上 " + value,
                    new Range(at, at), "  " + value);
        }
        int i = reading.index();
        Cell extra = cells.get(i);
        Range cut = i + 1 < cells.size()
                ? new Range(extra.word().range().start(), cells.get(i + 1).word().range().start())
                : new Range(cells.get(i - 1).word().range().end(), extra.word().range().end());
        return Diagnostic.Fix.replace("删去多出的“" + extra.word().text() + "”", cut, "");
    }
}
