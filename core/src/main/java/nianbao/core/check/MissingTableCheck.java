package nianbao.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.TableDef;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/** A section that is present lacks one of its tables; the fix inserts the table with zeros. */
final class MissingTableCheck extends BaseCheck {

    MissingTableCheck() {
        super("table.missing", Severity.ERROR, "A section lacks one of the tables the template gives it.");
    }

    @Override
    public void run(CheckContext ctx) {
        Set<TableDef> present = new HashSet<>();
        for (ReportTable t : ctx.report().tables()) {
            present.add(t.def());
        }
        for (ReportSection s : ctx.report().sections()) {
            if (s.def() == null) {
                continue;
            }
            for (TableDef t : s.def().tables()) {
                if (present.contains(t)) {
                    continue;
                }
                Position end = s.syntax().range().end();
                Position at = new Position(end.line() + 1, 0);
                String text = "\n" + Skeleton.table(t);
                if (end.line() + 1 >= ctx.report().syntax().source().lineCount()) {
                    at = end;
                    text = "\n" + text;
                }
                ctx.report(s.syntax().heading().range(), "章节" + Messages.quote(s.def().label()) + "缺少表"
                        + Messages.quote(t.label()),
                        List.of(new Diagnostic.Fix("插入表" + Messages.quote(t.label()) + "（各项为 0）",
                                List.of(new Diagnostic.Edit(new Range(at, at), text)))));
            }
        }
    }
}
