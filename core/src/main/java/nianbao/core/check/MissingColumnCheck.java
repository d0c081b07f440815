package nianbao.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;

/** A table's head line names some columns but not all of them. */
final class MissingColumnCheck extends BaseCheck {

    MissingColumnCheck() {
        super("column.missing", Severity.ERROR, "A table head names some of the table's columns but not all.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null || t.syntax().columns().isEmpty()) {
                continue;
            }
            // (Loops rather than streams on what every check runs: BENCHMARKS.md.)
            Set<ColumnDef> named = new HashSet<>();
            // A name that matches no column most likely means one of the missing ones:
            // column.unknown reports it with a suggestion, and appending the column would be wrong.
            long unknown = 0;
            for (ColumnSlot c : t.columns()) {
                named.add(c.def());
                if (c.def() == null) {
                    unknown++;
                }
            }
            List<ColumnDef> missing = new ArrayList<>();
            for (ColumnDef c : t.def().columns()) {
                if (!named.contains(c)) {
                    missing.add(c);
                }
            }
            // Columns of another format in their place: format.outdated says so, once.
            OtherFormats.Outdated outdated = OtherFormats.of(ctx.report(), t);
            if (missing.isEmpty() || missing.size() <= unknown || outdated != null && !outdated.columns().isEmpty()) {
                continue;
            }
            var last = t.syntax().columns().get(t.syntax().columns().size() - 1).range();
            String append = missing.stream().map(c -> "  " + c.label()).collect(Collectors.joining());
            ctx.report(t.syntax().headRange(), "表头缺少列：" + missing.stream().map(c -> Messages.quote(c.label()))
                    .collect(Collectors.joining("、")),
                    List.of(new Diagnostic.Fix("在表头补上缺少的列", List.of(new Diagnostic.Edit(
                            new nianbao.syntax.Range(last.end(), last.end()), append)))));
        }
    }
}
