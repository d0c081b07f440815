package nianbao.core.template;

import nianbao.syntax.TemplateSyntax.Declaration;
import nianbao.syntax.Word;

/** Readers of what is said about the line above: 别名, 曾用标识, 说明, 样板. */
final class NoteDeclarations {

    private NoteDeclarations() {
    }

    static Object alias(ReadContext c, Declaration d, Object parent) {
        if (parent instanceof Declared decl && c.require(d, d.args(), 1, "别名 名称…")) {
            decl.addAliases(d.args().stream().map(Word::text).toList());
        } else if (!(parent instanceof Declared)) {
            c.placed(d, false, "别名要写在所属的章节、表、行或列之下");
        }
        return null;
    }

    static Object formerIds(ReadContext c, Declaration d, Object parent) {
        if (c.placed(d, parent instanceof RowDef || parent instanceof ColumnDef, "曾用标识只能写在行或列之下")
                && c.require(d, d.args(), 1, "曾用标识 标识…")) {
            ((Declared) parent).addFormerIds(d.args().stream().map(Word::text).toList());
        }
        return null;
    }

    static Object description(ReadContext c, Declaration d, Object parent) {
        if (parent instanceof Declared decl) {
            decl.setDescription(d.rest().text());
        } else if (parent instanceof ReadContext.PendingRule r) {
            r.description = d.rest().text();
        } else if (parent instanceof ReadContext.PendingZero z) {
            z.description = d.rest().text();
        } else if (parent instanceof RequiredStatement r) {
            LocalRequirementDeclarations.describe(c, r, d.rest().text());
        } else {
            c.placed(d, false, "说明要写在所属的声明之下");
        }
        return null;
    }

    /** Under a field: its generated value; under a section: a line of its boilerplate (the first of a reopened section replaces it). */
    static Object boilerplate(ReadContext c, Declaration d, Object parent) {
        if (parent instanceof FieldDef f) {
            f.setPattern(d.rest().text());
            return null;
        }
        if (c.placed(d, parent instanceof SectionDef, "样板只能写在章节或字段之下")) {
            SectionDef s = (SectionDef) parent;
            if (!s.templateId().equals(c.fileId) && c.boilerplateReplaced.add(s)) {
                s.clearBoilerplate();
            }
            s.addBoilerplate(d.rest().text());
        }
        return null;
    }
}
