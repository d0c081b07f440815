package nianbao.core.model;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.template.Template;
import nianbao.syntax.ReportSyntax;

/**
 * A report bound to its template: what checks, completion and output read.
 *
 * @param template         the template the report is checked against (never null: when the
 *                         report names none, or an unknown one, the default is used)
 * @param templateStated   true when the header names this template
 * @param year             the report year, or null when missing or not a year
 * @param preamble         content before the first section heading
 * @param templateRefusal  why the template the header names was refused (see
 *                         {@link nianbao.core.template.TemplateResolver#whyNot}), or null
 */
public record Report(ReportSyntax syntax, Template template, boolean templateStated, List<HeaderEntry> header,
        Integer year, List<Content> preamble, List<ReportSection> sections, String templateRefusal) {

    public Report(ReportSyntax syntax, Template template, boolean templateStated, List<HeaderEntry> header,
            Integer year, List<Content> preamble, List<ReportSection> sections) {
        this(syntax, template, templateStated, header, year, preamble, sections, null);
    }

    public List<ReportTable> tables() {
        List<ReportTable> all = new ArrayList<>();
        for (Content c : preamble) {
            if (c instanceof ReportTable t) {
                all.add(t);
            }
        }
        for (ReportSection s : sections) {
            all.addAll(s.tables());
        }
        return all;
    }

    public HeaderEntry headerEntry(String key) {
        for (HeaderEntry h : header) {
            if (h.def() != null && h.def().id().equals(key)) {
                return h;
            }
        }
        return null;
    }
}
