package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.FieldDef;

/** The report year is not a four-digit year. */
final class InvalidYearCheck extends BaseCheck {

    InvalidYearCheck() {
        super("header.invalid-year", Severity.ERROR, "A year field does not hold a four-digit year (2021, 2021年 or 2021年度).");
    }

    @Override
    public void run(CheckContext ctx) {
        for (HeaderEntry e : ctx.report().header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.YEAR && !e.value().text().isEmpty()
                    && ReportBinder.parseYear(e.value().text()) == null) {
                ctx.report(e.value().range(), Messages.quote(e.value().text()) + "不是有效的年份，请写四位数字，如 2021（也可写 2021年、2021年度）");
            }
        }
    }
}
