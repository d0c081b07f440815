package nianbao.core.check;

import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.FieldDef;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

import java.util.List;

/** A required header field (标题, 机关, 年度, 模板 in the national formats) is absent or empty. */
final class MissingHeaderFieldCheck extends BaseCheck {

    MissingHeaderFieldCheck() {
        super("header.missing-field", Severity.ERROR, "A header field the template requires is absent or empty.");
    }

    @Override
    public void run(CheckContext ctx) {
        var report = ctx.report();
        for (FieldDef f : report.template().fields()) {
            if (!f.required()) {
                continue;
            }
            HeaderEntry e = report.headerEntry(f.id());
            if (e == null) {
                Position at = report.header().isEmpty() ? new Position(0, 0)
                        : new Position(report.header().get(report.header().size() - 1).range().end().line() + 1, 0);
                Range where = report.header().isEmpty() ? Range.of(0, 0, 0, 0)
                        : report.header().get(report.header().size() - 1).range();
                // Without 模板 the report was read with the template its year implies: say which,
                // so that the clerk sees what the tables were checked against.
                boolean inferred = f.id().equals(ReportBinder.TEMPLATE_FIELD) && !report.templateStated();
                String value = inferred ? report.template().id() : "";
                String hint = inferred ? "（本报告已按" + Messages.quote(value) + "检查）" : "";
                ctx.report(where, "缺少报告头字段" + Messages.quote(f.id()) + "，请写" + Messages.quote(f.id() + "：" + (inferred ? value : "…")) + hint,
                        List.of(new Diagnostic.Fix("添加" + Messages.quote(f.id() + "：" + value) + "一行",
                                List.of(new Diagnostic.Edit(new Range(at, at), f.id() + "：" + value + "\n")))));
            } else if (e.value().text().isEmpty()) {
                ctx.report(e.range(), "报告头字段" + Messages.quote(f.id()) + "没有填写内容");
            }
        }
    }
}
