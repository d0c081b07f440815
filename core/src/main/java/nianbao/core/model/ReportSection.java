package nianbao.core.model;

import java.util.List;
import nianbao.core.template.SectionDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.ReportSyntax;
import org.jspecify.annotations.Nullable;

/**
 * A section of a report: its heading bound to the template's section, and its content.
 *
 * @param def the template's section, or null when the heading is unknown or ambiguous
 */
public record ReportSection(ReportSyntax.Section syntax, @Nullable SectionDef def, NameIndex.Lookup<SectionDef> lookup,
        List<Content> content) {

    public List<ReportTable> tables() {
        return content.stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast).toList();
    }

    public List<Prose> prose() {
        return content.stream().filter(Prose.class::isInstance).map(Prose.class::cast).toList();
    }
}
