package nianbao.core.check;

import java.math.BigDecimal;
import java.util.List;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Report;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.ZeroExpectation;
import nianbao.core.text.Names;
import nianbao.syntax.Range;

/**
 * The template's plausibility rules ({@code 应为零}), each under its own id: cells that must be 0
 * for agencies of some levels (a township reporting 规章). The level is the header's level
 * field, or inferred from the agency's name, and the message says which.
 */
final class ZeroExpectationCheck extends BaseCheck {

    ZeroExpectationCheck() {
        super("plausibility.*", Severity.WARNING,
                "The template's plausibility rules: cells that must be 0 for agencies of some levels (e.g. 规章 at a township).");
    }

    /** The agency's level and how it was found, or null. */
    record Level(String level, String how) {
    }

    static Level level(Report report) {
        for (HeaderEntry e : report.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.LEVEL && !e.value().text().isEmpty()) {
                return new Level(e.value().text().strip(), "按报告头“" + e.key().text() + "”");
            }
        }
        FieldDef levelField = null;
        for (FieldDef f : report.template().fields()) {
            if (f.kind() == FieldDef.Kind.LEVEL) {
                levelField = f;
                break;
            }
        }
        if (levelField == null) {
            return null;
        }
        for (HeaderEntry e : report.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.AGENCY) {
                String name = Names.normalize(e.value().text());
                for (var inference : levelField.inferences()) {
                    if (matches(name, inference.getKey())) {
                        return new Level(inference.getValue(), "按机关名称“" + e.value().text() + "”推断");
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether an agency name fits a {@code 推断} ending: the name ends with it, or, for an ending
     * written with gaps ({@code 县…局}), ends with its last piece and holds the others before it, in
     * order (青山县自然资源局).
     */
    static boolean matches(String name, String ending) {
        String[] pieces = ending.split("…", -1);
        String last = Names.normalize(pieces[pieces.length - 1]);
        if (last.isEmpty() || !name.endsWith(last)) {
            return false;
        }
        int at = 0;
        int end = name.length() - last.length();
        for (int i = 0; i < pieces.length - 1; i++) {
            String piece = Names.normalize(pieces[i]);
            int found = name.indexOf(piece, at);
            if (found < 0 || found + piece.length() > end) {
                return false;
            }
            at = found + piece.length();
        }
        return true;
    }

    @Override
    public void run(CheckContext ctx) {
        Level level = null;
        boolean looked = false;
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null || t.def().zeroExpectations().isEmpty()) {
                continue;
            }
            if (!looked) {
                level = level(ctx.report());
                looked = true;
            }
            if (level == null) {
                return;
            }
            for (ZeroExpectation z : t.def().zeroExpectations()) {
                if (!z.levels().contains(level.level())) {
                    continue;
                }
                for (ColumnDef c : z.columns()) {
                    BigDecimal v = t.valueFor(z.row(), c);
                    if (v == null || v.signum() == 0) {
                        continue;
                    }
                    ReportRow row = t.rowsByDef().get(z.row());
                    Cell cell = row == null ? null : t.cell(row, c);
                    Range range = cell != null ? cell.word().range() : row != null ? row.syntax().range() : t.syntax().headRange();
                    String why = z.description().isEmpty() ? "" : z.description() + "；";
                    ctx.report(z.id(), Severity.WARNING, range, why + Messages.quote(z.row().shortName()) + "的"
                            + Messages.quote(c.shortName()) + "为 " + Messages.number(v) + "，而本机关层级为" + level.level()
                            + "（" + level.how() + "）", List.of());
                }
            }
        }
    }
}
