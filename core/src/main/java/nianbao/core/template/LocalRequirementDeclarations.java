package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.Phrase;
import nianbao.syntax.TemplateSyntax.Declaration;
import nianbao.syntax.Word;

/**
 * Readers of a city's or county's own requirements of a section's prose: 字数上限 (a length
 * limit) and 应写明 (a statement, perhaps of a figure, the prose must contain). Both stand under
 * a section, usually a national one reopened ({@code 章节 overview}).
 *
 * <p>In a template that extends another, a 字数上限 replaces the inherited limit of the same
 * scope, and an 应写明 of an inherited id replaces that requirement (wherever it stood); other ids
 * add requirements. Within one file, each is declared once.
 */
final class LocalRequirementDeclarations {

    /** The attribute of a limit on each part under a first-level sub-heading. */
    static final String PER_PART = "每小节";

    /** No report section is longer; a larger limit is a typo. */
    private static final int MAX_LIMIT = 1_000_000;

    private LocalRequirementDeclarations() {
    }

    /** {@code 字数上限 1500 [每小节]}. */
    static Object lengthLimit(ReadContext c, Declaration d, Object parent) {
        if (!c.placed(d, parent instanceof SectionDef, "字数上限只能写在章节之下") || !c.require(d, d.args(), 1, "字数上限 字数 [每小节]")) {
            return null;
        }
        SectionDef section = (SectionDef) parent;
        Word number = d.args().get(0);
        int limit = parse(number.text());
        if (limit <= 0) {
            c.diagnostics.error(TemplateProblem.LENGTH_LIMIT.id(), number.range(),
                    "字数上限应为正整数（字数），如 字数上限 1500；写的是" + ReadContext.quote(number.text()));
            return null;
        }
        boolean perPart = false;
        for (Word a : d.args().subList(1, d.args().size())) {
            if (a.text().equals(PER_PART)) {
                perPart = true;
            } else {
                c.unknownAttribute(a);
            }
        }
        LengthLimit existing = perPart ? section.partLengthLimit() : section.lengthLimit();
        if (existing != null && existing.templateId().equals(c.fileId)) {
            c.diagnostics.error(TemplateProblem.LENGTH_LIMIT.id(), d.keyword().range(), "章节" + ReadContext.quote(section.label())
                    + "已声明" + (perPart ? "每小节的" : "") + "字数上限 " + existing.characters() + "，同一模板中只能声明一次");
            return null;
        }
        section.setLengthLimit(new LengthLimit(limit, perPart, c.fileId, d.range()));
        return null;
    }

    /** {@code 应写明 ID 措辞[|措辞…]}: returns the requirement, which a 说明 below may describe. */
    static Object requiredStatement(ReadContext c, Declaration d, Object parent) {
        if (!c.placed(d, parent instanceof SectionDef, "应写明只能写在章节之下")) {
            return null;
        }
        SectionDef section = (SectionDef) parent;
        String rest = d.rest() == null ? "" : d.rest().text().strip();
        int space = rest.indexOf(' ');
        String id = space < 0 ? rest : rest.substring(0, space);
        String written = space < 0 ? "" : rest.substring(space).replace(" ", "").replace("\u3000", "");
        if (!id.matches("[A-Za-z][A-Za-z0-9._-]*") || written.isEmpty()) {
            c.diagnostics.error(TemplateProblem.INCOMPLETE.id(), d.range(), "写法应为：应写明 标识 措辞，如 应写明 proactive 主动公开…{数}条（标识用英文字母）");
            return null;
        }
        List<Phrase> wordings = new ArrayList<>();
        for (String w : written.split("\\|", -1)) {
            String problem = problem(w);
            if (problem != null) {
                c.diagnostics.error(TemplateProblem.REQUIREMENT.id(), d.rest().range(), problem);
                return null;
            }
            wordings.add(Phrase.statement(w));
        }
        for (SectionDef s : c.template.sections()) {
            for (RequiredStatement r : s.requiredStatements()) {
                if (r.id().equals(id) && r.templateId().equals(c.fileId)) {
                    c.diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), d.args().get(0).range(), "应写明的标识重复：" + id);
                    return null;
                }
            }
        }
        c.template.sections().forEach(s -> s.removeRequiredStatement(id)); // an inherited one of that id is replaced
        RequiredStatement r = new RequiredStatement(id, wordings, "", c.fileId, d.range());
        section.addRequiredStatement(r);
        return r;
    }

    /** {@code 说明} under an 应写明: what is required, in the clerk's words. */
    static void describe(ReadContext c, RequiredStatement r, String text) {
        c.template.sections().forEach(s -> s.describeRequiredStatement(r.id(), text));
    }

    /** What is wrong with one wording of an 应写明, or null. */
    private static String problem(String wording) {
        if (wording.isEmpty()) {
            return "应写明的措辞不能为空；几种说法用 | 隔开";
        }
        if (wording.replace("{数}", "").replace("{年}", "").matches(".*[{}｛｝].*")) {
            return "措辞中的占位只能是 {数}（一个数字）或 {年}（年份）：" + wording;
        }
        if (Phrase.gaps(wording) > Phrase.MAX_GAPS) {
            return "措辞中的“…”最多 " + Phrase.MAX_GAPS + " 处，以免检查过慢：" + wording;
        }
        if (Phrase.statement(wording) == null) {
            return "措辞要有确定的文字（不能只有 … 和占位），否则任何正文都算写明：" + wording;
        }
        return null;
    }

    /** A limit as written: {@code 1500}, {@code 1,500} or {@code 1500字}; -1 if it is not a positive number. */
    private static int parse(String text) {
        String digits = text.endsWith("字") ? text.substring(0, text.length() - 1) : text;
        digits = digits.replace(",", "").replace("，", "");
        if (!digits.matches("[0-9]{1,7}")) {
            return -1;
        }
        int n = Integer.parseInt(digits);
        return n > MAX_LIMIT ? -1 : n;
    }
}
