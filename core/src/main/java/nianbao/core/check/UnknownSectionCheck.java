package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.template.Declared;

/** A section heading matches no section of the template (or several). */
final class UnknownSectionCheck extends BaseCheck {

    UnknownSectionCheck() {
        super("section.unknown", Severity.ERROR, "A section heading matches no section of the template.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportSection s : ctx.report().sections()) {
            // A heading without text ('#' alone) is a syntax error, reported once as such.
            if (s.def() == null && !s.syntax().heading().text().isEmpty()) {
                var heading = s.syntax().heading();
                ctx.report(heading.range(), "模板中没有章节" + Messages.quote(heading.text()) + Messages.suggestion(s.lookup()),
                        Messages.replaceBySuggestion(s.lookup(), heading.range(), Declared::label));
            }
        }
    }
}
