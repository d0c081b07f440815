package nianbao.core.template;

import java.util.List;
import nianbao.syntax.TemplateSyntax.Declaration;
import nianbao.syntax.Word;

/** Readers of a report's structure: 章节, 表, 行头, 列组, 列, 行, 标题行. */
final class StructureDeclarations {

    private StructureDeclarations() {
    }

    static Object section(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (!c.placed(d, parent instanceof Template, "章节只能写在模板顶层") || !c.require(d, args, 1, "章节 标识 标签")) {
            return null;
        }
        SectionDef existing = c.template.sections().stream()
                .filter(s -> s.id().equals(args.get(0).text())).findFirst().orElse(null);
        if (existing != null) {
            if (existing.templateId().equals(c.fileId)) {
                c.diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "章节标识重复：" + args.get(0).text());
            }
            c.relabelled(existing, args);
            return existing;
        }
        if (args.size() == 1) {
            // an id alone reopens a section; one that does not exist is a typo (or a new section without its label)
            c.diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), args.get(0).range(), "没有标识为" + ReadContext.quote(args.get(0).text())
                    + "的章节（已有：" + String.join("、", c.template.sections().stream().map(Declared::id).toList())
                    + "）；重新打开已有章节只写标识，新章节要写 标识 标签");
            // the lines under it are read into a section of no template, so each is judged on its own
            return new SectionDef(args.get(0).text(), args.get(0).text(), -1, c.fileId, d.range());
        }
        SectionDef s = new SectionDef(args.get(0).text(), args.get(1).text(), c.template.sections().size(),
                c.fileId, d.range());
        for (Word a : args.subList(2, args.size())) {
            switch (a.text()) {
                case "正文" -> s.setProseOnly(true);
                case "可选" -> s.setRequired(false);
                case "必需" -> s.setRequired(true);
                default -> c.unknownAttribute(a);
            }
        }
        c.template.addSection(s);
        return s;
    }

    static Object table(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (!c.placed(d, parent instanceof SectionDef, "表只能写在章节之下") || !c.require(d, args, 1, "表 标识 标签")) {
            return null;
        }
        SectionDef section = (SectionDef) parent;
        TableDef existing = c.template.tables().stream()
                .filter(t -> t.id().equals(args.get(0).text())).findFirst().orElse(null);
        if (existing != null) {
            if (existing.templateId().equals(c.fileId) || existing.section() != section) {
                c.diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "表标识重复：" + args.get(0).text());
            }
            c.relabelled(existing, args);
            return existing;
        }
        if (!c.require(d, args, 2, "表 标识 标签")) {
            return null;
        }
        TableDef t = new TableDef(args.get(0).text(), args.get(1).text(), section, c.fileId, d.range());
        for (Word a : args.subList(2, args.size())) {
            if (a.text().equals("横排")) {
                t.setLayout(TableDef.Layout.SINGLE_LINE);
            } else {
                c.unknownAttribute(a);
            }
        }
        section.addTable(t);
        return t;
    }

    static Object rowHeader(ReadContext c, Declaration d, Object parent) {
        if (c.placed(d, parent instanceof TableDef, "行头只能写在表之下") && c.require(d, d.args(), 1, "行头 文字")) {
            ((TableDef) parent).setRowHeader(d.rest().text());
        }
        return null;
    }

    static Object group(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        TableDef table = c.tableOf(parent);
        if (!c.placed(d, table != null && (parent instanceof TableDef || parent instanceof ColumnGroup),
                "列组只能写在表或列组之下") || !c.require(d, args, 1, "列组 标识 标签")) {
            return null;
        }
        ColumnGroup existing = table.groups().stream()
                .filter(g -> g.id().equals(args.get(0).text())).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        if (!c.require(d, args, 2, "列组 标识 标签")) {
            return null;
        }
        ColumnGroup g = new ColumnGroup(args.get(0).text(), args.get(1).text(), c.fileId, d.range());
        table.addGroup(g);
        return g;
    }

    static Object column(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        TableDef table = c.tableOf(parent);
        if (!c.placed(d, table != null && (parent instanceof TableDef || parent instanceof ColumnGroup),
                "列只能写在表或列组之下") || !c.require(d, args, 1, "列 标识 标签")) {
            return null;
        }
        ColumnDef existing = table.column(args.get(0).text());
        if (existing != null) {
            if (existing.templateId().equals(c.fileId)) {
                c.diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "列标识重复：" + args.get(0).text());
            }
            c.relabelled(existing, args);
            return existing;
        }
        if (!c.require(d, args, 2, "列 标识 标签")) {
            return null;
        }
        String unit = "";
        ColumnDef.Kind kind = ColumnDef.Kind.COUNT;
        for (Word a : args.subList(2, args.size())) {
            String t = a.text();
            if (t.startsWith("单位=") || t.startsWith("单位＝")) {
                unit = t.substring(3);
            } else if (t.equals("小数")) {
                kind = ColumnDef.Kind.AMOUNT;
            } else if (t.equals("可负")) {
                kind = ColumnDef.Kind.SIGNED;
            } else if (t.equals("整数")) {
                kind = ColumnDef.Kind.COUNT;
            } else {
                c.unknownAttribute(a);
            }
        }
        ColumnDef col = new ColumnDef(args.get(0).text(), args.get(1).text(), unit, kind, c.groupsOf(), c.fileId,
                d.range());
        table.addColumn(col);
        return col;
    }

    /** 行 and 标题行 (a heading row, holding the rows indented under it). */
    static Object row(ReadContext c, Declaration d, Object parent) {
        String keyword = d.keyword().text();
        List<Word> args = d.args();
        TableDef table = c.tableOf(parent);
        boolean underHeading = parent instanceof RowDef r && r.heading();
        if (!c.placed(d, table != null && (parent instanceof TableDef || underHeading),
                "行只能写在表或标题行之下") || !c.require(d, args, 1, keyword + " 标识 标签")) {
            return null;
        }
        RowDef existing = table.row(args.get(0).text());
        if (existing != null) {
            if (existing.templateId().equals(c.fileId)) {
                c.diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "行标识重复：" + args.get(0).text());
            }
            c.relabelled(existing, args);
            return existing;
        }
        if (!c.require(d, args, 2, keyword + " 标识 标签")) {
            return null;
        }
        RowDef r = new RowDef(args.get(0).text(), args.get(1).text(), keyword.equals(TemplateKeyword.HEADING_ROW.text()),
                parent instanceof RowDef p ? p : null, c.fileId, d.range());
        for (Word a : args.subList(2, args.size())) {
            c.unknownAttribute(a);
        }
        table.addRow(r);
        return r;
    }
}
