package nianbao.core.check;

import java.util.Map;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ReportSection;
import nianbao.core.template.Declared;
import nianbao.core.template.SectionDef;
import nianbao.core.text.NameIndex;

/** A section heading matches no section of the template (or several). */
final class UnknownSectionCheck extends BaseCheck {

    UnknownSectionCheck() {
        super("section.unknown", Severity.ERROR, "A section heading matches no section of the template.");
    }

    @Override
    public void run(CheckContext ctx) {
        Map<ReportSection, SectionDef> standIns = SectionStandIns.of(ctx.report());
        for (ReportSection s : ctx.report().sections()) {
            // A heading without text ('#' alone) is a syntax error, reported once as such.
            if (s.def() == null && !s.syntax().heading().text().isEmpty()) {
                var heading = s.syntax().heading();
                // A heading whose name is far off but whose number and place are a missing section's
                // (a part renamed in place) is offered that section, as a misspelt one is.
                SectionDef standIn = standIns.get(s);
                NameIndex.Lookup<SectionDef> lookup = s.lookup();
                if (standIn != null) {
                    lookup = new NameIndex.Unknown<>(standIn);
                } else if (lookup instanceof NameIndex.Unknown<SectionDef> u && u.suggestion() != null) {
                    // The closest name is a section the report has: offering it would make it twice.
                    lookup = new NameIndex.Unknown<>(null, u.otherNumbers());
                }
                ctx.report(heading.range(), "模板中没有章节" + Messages.quote(heading.text()) + Messages.suggestion(lookup),
                        Messages.replaceBySuggestion(lookup, heading.range(), Declared::label));
            }
        }
    }
}
