package nianbao.core.check;

import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.text.Nfkc;
import nianbao.core.text.Phrase;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statistics-period sentence ("统计期限为2021年1月1日至2021年12月31日") names another year, or
 * a year mistyped ("202020年"). The wordings are the template's ({@code 年度说法}); each wrong year
 * is reported on exactly its digits, once even when several wordings find it.
 */
final class StatisticsPeriodCheck extends BaseCheck {

    StatisticsPeriodCheck() {
        super("plausibility.statistics-period", Severity.WARNING,
                "A sentence the template marks as naming the report year (the statistics period) names another year.");
    }

    @Override
    public void run(CheckContext ctx) {
        Integer year = ctx.report().year();
        if (year == null || ctx.report().template().yearPhrases().isEmpty()) {
            return;
        }
        String expected = String.valueOf(year);
        for (ReportSection s : ctx.report().sections()) {
            for (Content c : s.content()) {
                if (!(c instanceof Prose p)) {
                    continue;
                }
                String text = p.text().text();
                Set<Integer> seen = new HashSet<>();
                Phrase.Text prepared = Phrase.text(text);
                for (Phrase phrase : ctx.report().template().yearPhrases()) {
                    for (Phrase.Match m : phrase.find(prepared)) {
                        for (Phrase.Figure f : m.figures()) {
                            String written = Nfkc.normalize(f.text());
                            if (!f.slot().equals("年") || written.equals(expected) || !seen.add(f.start())) {
                                continue;
                            }
                            Position start = p.text().range().start();
                            Range range = new Range(new Position(start.line(), start.character() + f.start()),
                                    new Position(start.line(), start.character() + f.end()));
                            ctx.report(range, "统计期限写的是“" + f.text() + "年”，本报告为 " + year + " 年度",
                                    List.of(Diagnostic.Fix.replace("改为 " + expected, range, expected)));
                        }
                    }
                }
            }
        }
    }
}
