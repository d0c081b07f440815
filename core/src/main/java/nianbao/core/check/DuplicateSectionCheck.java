package nianbao.core.check;

import java.util.HashSet;
import java.util.Set;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.template.SectionDef;

/** The same section heading appears twice. */
final class DuplicateSectionCheck extends BaseCheck {

    DuplicateSectionCheck() {
        super("section.duplicate", Severity.ERROR, "The same section appears more than once.");
    }

    @Override
    public void run(CheckContext ctx) {
        Set<SectionDef> seen = new HashSet<>();
        for (ReportSection s : ctx.report().sections()) {
            if (s.def() != null && !seen.add(s.def())) {
                ctx.report(s.syntax().heading().range(), "章节" + Messages.quote(s.def().label()) + "重复出现");
            }
        }
    }
}
