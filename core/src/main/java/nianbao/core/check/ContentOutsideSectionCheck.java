package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Content;
import nianbao.core.model.ReportTable;

/** Prose or a table stands before the first section heading, where only header fields belong. */
final class ContentOutsideSectionCheck extends BaseCheck {

    ContentOutsideSectionCheck() {
        super("content.outside-section", Severity.ERROR,
                "Prose or a table stands before the first section heading, where only header fields belong.");
    }

    @Override
    public void run(CheckContext ctx) {
        for (Content c : ctx.report().preamble()) {
            String what = c instanceof ReportTable ? "表格" : "正文";
            ctx.report(c.range(), what + "不在任何章节内：第一个章节标题（如“# 一、总体情况”）之前只能写“键：值”形式的报告头");
        }
    }
}
