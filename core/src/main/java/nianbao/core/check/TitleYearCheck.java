package nianbao.core.check;

import java.util.List;
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

    /**
     * Where the next year as titles write it starts, from {@code from} on, or -1: four digits
     * (either width) not preceded by a digit and followed, after any white space, by 年. That is
     * what {@code find} of {@code (?<![0-9０-９])[0-9０-９]{4}(?=\s*年)} finds, written out: the
     * first regular expression a check compiles costs a short run about a millisecond (BENCHMARKS.md).
     */
    static int nextYear(String s, int from) {
        for (int i = from; i + 4 <= s.length(); i++) {
            if (i > 0 && isDigit(s.charAt(i - 1))) {
                continue;
            }
            if (!isDigit(s.charAt(i)) || !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2)) || !isDigit(s.charAt(i + 3))) {
                continue;
            }
            int j = i + 4;
            while (j < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '年') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

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
            Range first = null;
            String written = null;
            boolean own = false;
            for (int at = nextYear(title, 0); at >= 0; at = nextYear(title, at + 4)) {
                String digits = title.substring(at, at + 4);
                own |= Integer.parseInt(Nfkc.normalize(digits)) == year;
                if (first == null) {
                    Position start = e.value().range().start();
                    first = new Range(new Position(start.line(), start.character() + at),
                            new Position(start.line(), start.character() + at + 4));
                    written = digits;
                }
            }
            if (first != null && !own && e.value().range().start().line() == e.value().range().end().line()) {
                ctx.report(first, "标题写的是“" + written + "年”，本报告为 " + year + " 年度",
                        List.of(Diagnostic.Fix.replace("改为 " + year, first, String.valueOf(year))));
            }
        }
    }
}
