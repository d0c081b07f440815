package nianbao.core.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ProseFigure;
import nianbao.core.template.RowDef;
import nianbao.core.text.ChineseNumber;
import nianbao.core.text.Phrase;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * A figure that prose states about a table ("受理政府信息公开申请7件") differs from the table.
 * The wordings are the template's ({@code 说法}); a figure is compared only when the cells it
 * names hold numbers, so an unfinished table never raises a false alarm.
 */
final class ProseFigureCheck extends BaseCheck {

    ProseFigureCheck() {
        super("prose.table-mismatch", Severity.WARNING,
                "A figure stated in prose (in a wording the template declares) differs from the table.");
    }

    @Override
    public void run(CheckContext ctx) {
        List<ReportTable> tables = ctx.report().tables();
        for (ReportSection s : ctx.report().sections()) {
            for (Content c : s.content()) {
                if (c instanceof Prose p) {
                    check(ctx, p, tables);
                }
            }
        }
    }

    private void check(CheckContext ctx, Prose p, List<ReportTable> tables) {
        String text = p.text().text();
        Set<Integer> seen = new HashSet<>();
        for (ReportTable t : tables) {
            if (t.def() == null) {
                continue;
            }
            for (ProseFigure f : t.def().figures()) {
                for (Phrase.Match m : f.phrase().find(text)) {
                    Phrase.Figure figure = m.figures().get(0);
                    if (!seen.add(figure.start())) {
                        continue;
                    }
                    BigDecimal stated = ChineseNumber.parse(figure.text());
                    BigDecimal actual = sum(t, f);
                    if (stated == null || actual == null || stated.compareTo(actual) == 0) {
                        continue;
                    }
                    Position start = p.text().range().start();
                    Range range = new Range(new Position(start.line(), start.character() + figure.start()),
                            new Position(start.line(), start.character() + figure.end()));
                    String replacement = figure.text().chars().allMatch(ch -> ch < 128 || Character.isDigit(ch))
                            ? Messages.number(actual)
                            : actual.stripTrailingZeros().scale() <= 0 ? ChineseNumber.toChinese(actual.longValueExact())
                                    : Messages.number(actual);
                    ctx.report(range, "正文说“" + text.substring(m.start(), m.end()) + "”，但表" + Messages.quote(t.def().label())
                            + "中" + cells(f) + "为 " + Messages.number(actual),
                            List.of(Diagnostic.Fix.replace("改为表中的数字 " + replacement, range, replacement)));
                }
            }
        }
    }

    private static BigDecimal sum(ReportTable t, ProseFigure f) {
        BigDecimal total = BigDecimal.ZERO;
        for (RowDef r : f.rows()) {
            BigDecimal v = t.valueFor(r, f.column());
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    private static String cells(ProseFigure f) {
        StringBuilder sb = new StringBuilder();
        for (RowDef r : f.rows()) {
            if (!sb.isEmpty()) {
                sb.append("与");
            }
            sb.append(Messages.quote(r.shortName()));
        }
        return sb + "的" + Messages.quote(f.column().shortName());
    }
}
