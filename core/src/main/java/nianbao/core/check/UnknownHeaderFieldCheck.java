package nianbao.core.check;

import java.util.stream.Collectors;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.FieldDef;
import nianbao.core.text.Names;

/**
 * A header line names a field the template does not declare. A line above the first section whose
 * “value” holds a finished sentence (a 。) is prose that happens to have a colon near its start, the
 * salutation of a covering letter (“区办公室：根据《条例》要求，现公布……。”, 平潭苏平片区 2020): no
 * clerk meant a header field there, and telling them the template lacks the field “区办公室” would be
 * a false alarm.
 */
final class UnknownHeaderFieldCheck extends BaseCheck {

    UnknownHeaderFieldCheck() {
        super("header.unknown-field", Severity.WARNING, "A header line names a field the template does not declare.");
    }

    @Override
    public void run(CheckContext ctx) {
        var template = ctx.report().template();
        for (HeaderEntry e : ctx.report().header()) {
            if (e.def() == null && !Names.normalize(e.key().text()).equals(ReportBinder.TEMPLATE_FIELD)
                    && e.value().text().indexOf('。') < 0) {
                String known = template.fields().stream().map(FieldDef::id).collect(Collectors.joining("、"));
                ctx.report(e.key().range(), "模板" + Messages.quote(template.id()) + "没有报告头字段" + Messages.quote(e.key().text())
                        + "（可用的字段：" + known + "）");
            }
        }
    }
}
