package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.syntax.Range;

/** Once per table, on request: which blank cells ({@code -}) the rules took as 0. */
final class BlankCellsCheck extends BaseCheck {

    BlankCellsCheck() {
        super("value.blank", Severity.INFORMATION, "On request (--show-blanks): which blank cells of a table were taken as 0.");
    }

    @Override
    public void run(CheckContext ctx) {
        if (!ctx.options().reportBlanks()) {
            return;
        }
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null) {
                continue;
            }
            List<String> blanks = new ArrayList<>();
            for (ReportRow r : t.rows()) {
                if (r.def() == null) {
                    continue;
                }
                for (Cell c : r.cells()) {
                    if (c.value().kind() == CellValue.Kind.BLANK && c.column() != null) {
                        blanks.add(Messages.quote(r.def().label()) + "的" + Messages.quote(c.column().label()));
                    }
                }
            }
            if (!blanks.isEmpty()) {
                Range head = t.syntax().headRange();
                String listed = String.join("、", blanks.subList(0, Math.min(10, blanks.size())))
                        + (blanks.size() > 10 ? "等" : "");
                ctx.report(head, "本表有 " + blanks.size() + " 个空白单元格按 0 计算：" + listed);
            }
        }
    }
}
