package nianbao.core.model;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.template.SectionDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.ReportSyntax;

/**
 * A section of a report: its heading bound to the template's section, and its content.
 *
 * @param def the template's section, or null when the heading is unknown or ambiguous
 */
public record ReportSection(ReportSyntax.Section syntax, SectionDef def, NameIndex.Lookup<SectionDef> lookup,
        List<Content> content) {

    public List<ReportTable> tables() {
        List<ReportTable> out = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof ReportTable t) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    public List<Prose> prose() {
        List<Prose> out = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof Prose p) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
