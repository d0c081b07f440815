package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;

/** A section has a heading but nothing under it (section 六 says at least 无). */
final class EmptySectionCheck extends BaseCheck {

    EmptySectionCheck() {
        super("section.empty", Severity.WARNING, "A section has a heading but no content (write 无 if there is nothing to report).");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportSection s : ctx.report().sections()) {
            if (s.def() != null && s.content().isEmpty()) {
                ctx.report(s.syntax().heading().range(), "章节" + Messages.quote(s.def().label()) + "没有内容；如无内容，请写“无”");
            }
        }
    }
}
