package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;

/** A section comes after one that the template puts later. */
final class SectionOrderCheck extends BaseCheck {

    SectionOrderCheck() {
        super("section.order", Severity.ERROR, "A section comes after a section that the template puts later.");
    }

    @Override
    public void run(CheckContext ctx) {
        ReportSection latest = null;
        for (ReportSection s : ctx.report().sections()) {
            if (s.def() == null) {
                continue;
            }
            if (latest != null && s.def().order() < latest.def().order()) {
                ctx.report(s.syntax().heading().range(), "章节顺序有误：" + Messages.quote(s.def().label()) + "应在"
                        + Messages.quote(latest.def().label()) + "之前");
            } else {
                latest = s;
            }
        }
    }
}
