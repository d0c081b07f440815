package nianbao.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.RowDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * Rows of a table that hold values are not written, and no {@code 其余 0} line covers them. The
 * fix inserts them, with zeros, at the end of the table. A row written under a misspelt label that
 * {@code row.unknown} takes for a template row is not missing.
 */
final class MissingRowCheck extends BaseCheck {

    MissingRowCheck() {
        super("row.missing", Severity.ERROR, "Rows of a table are not written and no '其余 0' line covers them.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null || t.rest() != null || t.rows().isEmpty()) {
                continue;
            }
            // A row whose misspelt label row.unknown already takes for a template row (“是否要写…？”,
            // 市场监督管理局 2025: 属于行政执法案件 for 属于行政执法案卷) is written: a second finding for
            // the same mistake would send the clerk to add a row the table has.
            Set<RowDef> misspelt = new HashSet<>();
            for (ReportRow row : t.rows()) {
                if (row.def() == null && row.lookup() instanceof NameIndex.Unknown<RowDef> u && u.suggestion() != null) {
                    misspelt.add(u.suggestion());
                }
            }
            List<RowDef> missing = new ArrayList<>();
            for (RowDef r : t.def().valueRows()) {
                if (!t.rowsByDef().containsKey(r) && !misspelt.contains(r)) {
                    missing.add(r);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            Position end = t.syntax().range().end();
            String text = Skeleton.rowLines(t.def(), missing).stream().map(l -> "\n" + l).collect(Collectors.joining());
            String names = missing.stream().limit(5).map(r -> Messages.quote(r.label())).collect(Collectors.joining("、"))
                    + (missing.size() > 5 ? "等 " + missing.size() + " 行" : "");
            ctx.report(t.syntax().headRange(), "表" + Messages.quote(t.def().label()) + "缺少行：" + names
                    + "；如这些行都为 0，可加一行“其余 0”",
                    List.of(new Diagnostic.Fix("补上缺少的 " + missing.size() + " 行（各项为 0）",
                                    List.of(new Diagnostic.Edit(new Range(end, end), text))),
                            new Diagnostic.Fix("加上“其余 0”",
                                    List.of(new Diagnostic.Edit(new Range(end, end), "\n其余 0")))));
        }
    }
}
