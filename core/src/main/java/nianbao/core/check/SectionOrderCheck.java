package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.template.SectionDef;

/** A section comes after one that the template puts later. */
final class SectionOrderCheck extends BaseCheck {

    SectionOrderCheck() {
        super("section.order", Severity.ERROR, "A section comes after a section that the template puts later.");
    }

    @Override
    public void run(CheckContext ctx) {
        SectionDef latest = null;
        for (ReportSection s : ctx.report().sections()) {
            SectionDef def = s.def();
            if (def == null) {
                continue;
            }
            if (latest != null && def.order() < latest.order()) {
                ctx.report(s.syntax().heading().range(), "章节顺序有误：" + Messages.quote(def.label()) + "应在"
                        + Messages.quote(latest.label()) + "之前");
            } else {
                latest = def;
            }
        }
    }
}
