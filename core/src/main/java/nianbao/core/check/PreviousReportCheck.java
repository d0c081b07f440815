package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.template.FieldDef;

/**
 * The header names last year's report, but it cannot be used: not found, the report itself, or
 * one of another agency or of a year other than this year − 1 (then the cross-year rules are not
 * checked: against the wrong report they would only raise false alarms).
 */
final class PreviousReportCheck extends BaseCheck {

    PreviousReportCheck() {
        super("header.previous-report", Severity.WARNING,
                "The header names last year's report but it cannot be used (not found, the report itself, another agency, not the year before); the cross-year rules are not checked.");
    }

    @Override
    public void run(CheckContext ctx) {
        String problem = ctx.previous().problem();
        if (problem == null) {
            return;
        }
        for (HeaderEntry e : ctx.report().header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.PREVIOUS_REPORT) {
                ctx.report(e.value().range(), problem + "，跨年衔接未检查");
            }
        }
    }
}
