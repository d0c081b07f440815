package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.template.LengthLimit;
import nianbao.core.text.ProseLength;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * A section (or a part of it under a first-level sub-heading) is longer than its template's local
 * limit allows ({@code 字数上限}). Only a city's or county's template declares one, so reports on
 * the national templates never meet this check.
 *
 * <p>What counts is the prose a clerk writes: paragraphs and numbered points, in the units of
 * {@link ProseLength} (Word's 字数); the section heading, sub-headings and tables do not count,
 * so the count is never above what the clerk's word processor shows. The finding stands where the
 * overflow begins, so the clerk sees how much is over. A warning: the report is still a valid
 * report under the national format; the county asks for it to be shortened.
 */
final class SectionLengthCheck extends BaseCheck {

    SectionLengthCheck() {
        super("local.section-length", Severity.WARNING,
                "A section (or each part under a first-level sub-heading) is longer than the local template allows (字数上限).");
    }

    @Override
    public void run(CheckContext ctx) {
        for (ReportSection s : ctx.report().sections()) {
            if (s.def() == null) {
                continue;
            }
            LengthLimit whole = s.def().lengthLimit();
            if (whole != null) {
                over(ctx, whole, counted(s.content()), Messages.quote(s.def().shortName()));
            }
            LengthLimit part = s.def().partLengthLimit();
            if (part != null) {
                for (List<Content> p : parts(s.content())) {
                    Prose heading = (Prose) p.get(0);
                    over(ctx, part, counted(p.subList(1, p.size())), "小标题" + Messages.quote(heading.text().text().strip()) + "之下");
                }
            }
        }
    }

    /** Reports the limit's overflow in {@code lines}, if any, on the first character beyond it. */
    private static void over(CheckContext ctx, LengthLimit limit, List<Prose> lines, String what) {
        int total = 0;
        for (Prose p : lines) {
            total += ProseLength.of(p.text().text());
        }
        if (total <= limit.characters()) {
            return;
        }
        int before = 0;
        for (Prose p : lines) {
            String text = p.text().text();
            int n = ProseLength.of(text);
            if (before + n > limit.characters()) {
                int at = ProseLength.startOf(text, limit.characters() - before);
                Position start = p.text().range().start();
                Range range = new Range(new Position(start.line(), start.character() + at),
                        new Position(start.line(), start.character() + text.stripTrailing().length()));
                ctx.report(range, what + "共 " + Messages.count(total) + " 字，超过本地要求的" + (limit.perPart() ? "每小节 " : " ")
                        + Messages.count(limit.characters()) + " 字（" + Messages.requiredBy(ctx.report().template(), limit.templateId())
                        + "的要求；按 Word 字数计，不计标题、表格和空白），超出部分从这里开始");
                return;
            }
            before += n;
        }
    }

    /** The prose that counts: paragraphs and numbered points, not headings. */
    private static List<Prose> counted(List<Content> content) {
        List<Prose> out = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof Prose p && p.kind() != Prose.Kind.SUBHEADING) {
                out.add(p);
            }
        }
        return out;
    }

    /** The parts under first-level sub-headings: each starts with its sub-heading. */
    private static List<List<Content>> parts(List<Content> content) {
        List<List<Content>> parts = new ArrayList<>();
        List<Content> current = null;
        for (Content c : content) {
            if (c instanceof Prose p && p.kind() == Prose.Kind.SUBHEADING && p.level() == 1) {
                current = new ArrayList<>();
                parts.add(current);
            }
            if (current != null) {
                current.add(c);
            }
        }
        return parts;
    }
}
