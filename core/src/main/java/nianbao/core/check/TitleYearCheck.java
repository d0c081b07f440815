package nianbao.core.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.template.FieldDef;
import nianbao.core.text.Nfkc;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * The title names a year (2021年) and none of the years it names is the report's: a title kept
 * from last year's report. A title that names no year, or the report's year among others, is
 * left alone.
 */
final class TitleYearCheck extends BaseCheck {

    /** Four digits (either width) followed by 年: a year as titles write it. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])[0-9０-９]{4}(?=\\s*年)");

    TitleYearCheck() {
        super("header.title-year", Severity.WARNING, "The title names a year, and not the report's year (a title kept from last year).");
    }

    @Override
    public void run(CheckContext ctx) {
        Integer year = ctx.report().year();
        if (year == null) {
            return;
        }
        for (HeaderEntry e : ctx.report().header()) {
            if (e.def() == null || e.def().kind() != FieldDef.Kind.TITLE) {
                continue;
            }
            String title = e.value().text();
            Matcher m = YEAR.matcher(title);
            Range first = null;
            String written = null;
            boolean own = false;
            while (m.find()) {
                own |= Integer.parseInt(Nfkc.normalize(m.group())) == year;
                if (first == null) {
                    Position start = e.value().range().start();
                    first = new Range(new Position(start.line(), start.character() + m.start()),
                            new Position(start.line(), start.character() + m.end()));
                    written = m.group();
                }
            }
            if (first != null && !own && e.value().range().start().line() == e.value().range().end().line()) {
                ctx.report(first, "标题写的是“" + written + "年”，本报告为 " + year + " 年度",
                        List.of(Diagnostic.Fix.replace("改为 " + year, first, String.valueOf(year))));
            }
        }
    }
}
