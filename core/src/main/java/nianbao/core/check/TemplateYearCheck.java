package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.template.FieldDef;
import nianbao.core.template.Template;

/** The report year lies outside the years the template applies to (a 2020 report on the 2021 format). */
final class TemplateYearCheck extends BaseCheck {

    TemplateYearCheck() {
        super("header.template-year", Severity.WARNING, "The report year lies outside the years the template applies to.");
    }

    @Override
    public void run(CheckContext ctx) {
        var report = ctx.report();
        Integer year = report.year();
        Template t = report.template();
        if (year == null || t.appliesTo(year)) {
            return;
        }
        for (HeaderEntry e : report.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.YEAR) {
                String span = t.lastYear() == Integer.MAX_VALUE ? t.firstYear() + " 年度起"
                        : t.firstYear() + "—" + t.lastYear() + " 年度";
                ctx.report(e.value().range(), "模板" + Messages.quote(t.id()) + "适用于" + span + "的报告，本报告为 " + year + " 年度");
            }
        }
    }
}
