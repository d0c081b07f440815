package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.template.RequiredStatement;
import nianbao.core.template.SectionDef;
import nianbao.core.text.Phrase;

/**
 * A section's prose lacks a statement its template requires locally ({@code 应写明}): none of
 * its lines matches any of the requirement's wordings (in the wording language of 说法). Only a
 * city's or county's template declares requirements, so reports on other templates never meet
 * this check.
 *
 * <p>A false alarm costs more than a miss: a section the report does not have (missing, or
 * optional) or has left empty is not searched (other checks say so); a figure written with
 * thousands separators ("1,234条") or as a bound ("2000条以上") states the figure. The finding
 * stands on the section heading. A warning: the report is valid under the national format; the
 * county asks for the statement.
 */
final class RequiredStatementCheck extends BaseCheck {

    /**
     * A thousands separator between digits: "1,234" states 1234. In a holder class: compiled only
     * when a template requires a statement.
     */
    private static final class Separator {
        static final Pattern PATTERN = Pattern.compile("(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))");
    }

    RequiredStatementCheck() {
        super("local.required-statement", Severity.WARNING,
                "A section's prose lacks a statement (perhaps of a figure) the local template requires (应写明).");
    }

    @Override
    public void run(CheckContext ctx) {
        for (SectionDef def : ctx.report().template() == null ? List.<SectionDef>of() : ctx.report().template().sections()) {
            if (def.requiredStatements().isEmpty()) {
                continue;
            }
            List<ReportSection> written = ctx.report().sections().stream().filter(s -> s.def() == def).toList();
            if (written.isEmpty() || written.stream().allMatch(s -> s.content().isEmpty())) {
                continue;
            }
            List<Phrase.Text> lines = new ArrayList<>();
            for (ReportSection s : written) {
                for (Prose p : s.prose()) {
                    lines.add(Phrase.text(Separator.PATTERN.matcher(p.text().text()).replaceAll("")));
                }
            }
            for (RequiredStatement r : def.requiredStatements()) {
                if (!met(r, lines)) {
                    ctx.report(written.get(0).syntax().heading().range(), message(ctx, def, r));
                }
            }
        }
    }

    private static boolean met(RequiredStatement r, List<Phrase.Text> lines) {
        for (Phrase.Text line : lines) {
            for (Phrase w : r.wordings()) {
                if (!w.find(line).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "“总体情况”没有写明全年主动公开政府信息的条数（…要求；应有“主动公开…×条”这样的说法）". */
    private static String message(CheckContext ctx, SectionDef def, RequiredStatement r) {
        String what = r.description().isBlank() ? "本地要求的内容" : r.description();
        List<String> examples = r.wordings().stream()
                .map(w -> Messages.quote(w.source().replace("{数}", "×").replace("{年}", "××××"))).toList();
        return Messages.quote(def.shortName()) + "没有写明" + what + "（" + Messages.requiredBy(ctx.report().template(), r.templateId())
                + "的要求；应有" + String.join("或", examples) + "这样的说法"
                + (r.wordings().stream().anyMatch(w -> w.source().contains("{数}")) ? "，× 处写数字）" : "）");
    }
}
