package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.ReportBinder;
import nianbao.core.text.Names;

/** The header names a template that cannot be found; the report is checked against the default. */
final class UnknownTemplateCheck extends BaseCheck {

    UnknownTemplateCheck() {
        super("header.unknown-template", Severity.ERROR,
                "The template named in the header cannot be found; the default template for the year is used instead.");
    }

    @Override
    public void run(CheckContext ctx) {
        var report = ctx.report();
        if (report.templateStated()) {
            return;
        }
        for (HeaderEntry e : report.header()) {
            if (Names.normalize(e.key().text()).equals(ReportBinder.TEMPLATE_FIELD) && !e.value().text().isEmpty()) {
                String why = report.templateRefusal() == null ? "" : "（" + report.templateRefusal() + "）";
                ctx.report(e.value().range(), "找不到模板" + Messages.quote(e.value().text()) + why + "，暂按"
                        + Messages.quote(report.template().id()) + "检查");
            }
        }
    }
}
