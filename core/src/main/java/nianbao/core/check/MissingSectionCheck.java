package nianbao.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.SectionDef;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * A required section is absent. Reported where it belongs: on the heading of the section that
 * should follow it, or at the end of the report; the fix inserts the heading (and its tables).
 * A section that an unknown heading is taken for (“是否要写…？”, a misspelt heading such as
 * 行政法复议 for 行政复议) is not absent: {@code section.unknown} already reports that heading with
 * the fix, and a second finding for the same mistake would send the clerk to add a section the
 * report has. The same holds for a part renamed in place (“五、下一步工作打算” between 四 and 六): {@link SectionStandIns} says which section an unknown heading stands for.
 */
final class MissingSectionCheck extends BaseCheck {

    MissingSectionCheck() {
        super("section.missing", Severity.ERROR, "A section the template requires is absent.");
    }

    @Override
    public void run(CheckContext ctx) {
        var report = ctx.report();
        // (Loops rather than streams on what every check runs: BENCHMARKS.md.)
        Set<SectionDef> present = new HashSet<>();
        for (ReportSection s : report.sections()) {
            present.add(s.def());
        }
        present.addAll(SectionStandIns.of(report).values());
        var source = report.syntax().source();
        for (SectionDef def : report.template().sections()) {
            if (!def.required() || present.contains(def)) {
                continue;
            }
            ReportSection next = null;
            for (ReportSection s : report.sections()) {
                if (s.def() != null && s.def().order() > def.order()) {
                    next = s;
                    break;
                }
            }
            Range where;
            Position insertAt;
            String text = Skeleton.section(def);
            if (next != null) {
                where = next.syntax().heading().range();
                insertAt = new Position(next.syntax().headingRange().start().line(), 0);
                text = text + "\n";
            } else {
                int last = source.lineCount() - 1;
                Position end = source.position(source.text().length());
                where = new Range(new Position(last, 0), end);
                insertAt = end;
                text = (source.text().isEmpty() || source.text().endsWith("\n") ? "\n" : "\n\n") + text;
            }
            ctx.report(where, "缺少章节" + Messages.quote(def.label()),
                    List.of(new Diagnostic.Fix("插入章节" + Messages.quote(def.label()),
                            List.of(new Diagnostic.Edit(new Range(insertAt, insertAt), text)))));
        }
    }
}
