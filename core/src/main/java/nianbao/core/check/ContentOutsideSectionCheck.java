package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportTable;
import nianbao.core.template.FieldDef;
import nianbao.core.template.Template;
import org.jspecify.annotations.Nullable;

/**
 * A table, or a header field written without its colon, stands before the first section heading.
 * A paragraph there is the report's foreword (本报告根据《条例》……编制), which nearly every
 * published report has: it is kept under {@code preamble}, not reported.
 */
final class ContentOutsideSectionCheck extends BaseCheck {

    ContentOutsideSectionCheck() {
        super("content.outside-section", Severity.ERROR,
                "A table, or a header field without its colon, stands before the first section heading.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (Content c : ctx.report().preamble()) {
            if (c instanceof ReportTable) {
                ctx.report(c.range(), "表格不在任何章节内：第一个章节标题（如“# 一、总体情况”）之前只能写报告头和引言");
            } else if (c instanceof Prose p) {
                String field = fieldStarting(ctx.report().template(), p.text().text());
                if (field != null) {
                    ctx.report(c.range(), "这一行像是报告头“" + field + "”，但缺少冒号；请写作“" + field + "：…”");
                }
            }
        }
    }

    /** The header field a line starts with (a field written without its colon), or null. */
    private static @Nullable String fieldStarting(@Nullable Template template, String line) {
        if (template == null) {
            return null;
        }
        for (FieldDef f : template.fields()) {
            String name = f.id();
            if (line.startsWith(name) && line.length() > name.length()
                    && " \t\u3000".indexOf(line.charAt(name.length())) >= 0) {
                return name;
            }
        }
        return null;
    }
}
