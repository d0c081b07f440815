package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.syntax.TemplateSyntax.Declaration;
import nianbao.syntax.Word;

/** Readers of the report header's fields and what sits under them: 字段, 推断, 全称, 简称去掉. */
final class FieldDeclarations {

    private FieldDeclarations() {
    }

    static Object field(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (!c.placed(d, parent instanceof Template, "字段只能写在模板顶层") || !c.require(d, args, 1, "字段 名称")) {
            return null;
        }
        FieldDef existing = c.template.field(args.get(0).text());
        if (existing != null) {
            return existing;
        }
        boolean required = false;
        FieldDef.Kind kind = FieldDef.Kind.TEXT;
        for (Word a : args.subList(1, args.size())) {
            switch (a.text()) {
                case "必填" -> required = true;
                case "年份" -> kind = FieldDef.Kind.YEAR;
                case "机关名" -> kind = FieldDef.Kind.AGENCY;
                case "报告标题" -> kind = FieldDef.Kind.TITLE;
                case "层级" -> kind = FieldDef.Kind.LEVEL;
                case "上年报告" -> kind = FieldDef.Kind.PREVIOUS_REPORT;
                default -> c.unknownAttribute(a);
            }
        }
        FieldDef f = new FieldDef(args.get(0).text(), required, kind, c.fileId, d.range());
        c.template.addField(f);
        return f;
    }

    static Object infer(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (c.placed(d, parent instanceof FieldDef f && f.kind() == FieldDef.Kind.LEVEL, "推断只能写在层级字段之下")
                && c.require(d, args, 2, "推断 层级 机关名称结尾…")) {
            for (Word ending : args.subList(1, args.size())) {
                ((FieldDef) parent).addInference(ending.text(), args.get(0).text());
            }
        }
        return null;
    }

    static Object fullName(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (c.placed(d, parent instanceof FieldDef f && f.kind() == FieldDef.Kind.AGENCY, "全称只能写在机关字段之下")
                && c.require(d, args, 1, "全称 机关名结尾 地名结尾…")) {
            List<String> places = new ArrayList<>();
            for (Word a : args.subList(1, args.size())) {
                places.add(a.text());
            }
            ((FieldDef) parent).addFullName(args.get(0).text(), places);
        }
        return null;
    }

    static Object dropEndings(ReadContext c, Declaration d, Object parent) {
        if (c.placed(d, parent instanceof FieldDef f && f.kind() == FieldDef.Kind.AGENCY, "简称去掉只能写在机关字段之下")
                && c.require(d, d.args(), 1, "简称去掉 结尾…")) {
            d.args().forEach(a -> ((FieldDef) parent).addDropEnding(a.text()));
        }
        return null;
    }
}
