package nianbao.core.template;

import java.util.List;
import nianbao.syntax.TemplateSyntax.Declaration;
import nianbao.syntax.Word;

/** Readers of the template's header lines: 模板, 继承, 名称, 适用年度, 版式. */
final class HeaderDeclarations {

    private HeaderDeclarations() {
    }

    static Object template(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (c.require(d, args, 1, "模板 标识") && parent == c.template) {
            c.fileId = args.get(0).text();
            if (c.top) {
                c.template.setId(c.fileId);
                c.template.setDeclaredAt(d.range());
            }
        }
        return null;
    }

    static Object base(ReadContext c, Declaration d, Object parent) {
        if (c.placed(d, parent == c.template && c.first, "继承要紧跟在“模板”之后、其他声明之前")
                && c.require(d, d.args(), 1, "继承 模板名或路径")) {
            c.reader.extend(d.args().get(0), c);
        }
        return null;
    }

    static Object name(ReadContext c, Declaration d, Object parent) {
        if (parent == c.template && c.require(d, d.args(), 1, "名称 文字")) {
            c.template.setName(d.rest().text());
        }
        return null;
    }

    static Object years(ReadContext c, Declaration d, Object parent) {
        if (parent == c.template && c.require(d, d.args(), 1, "适用年度 起始年-[截止年]")) {
            Word w = d.args().get(0);
            String t = w.text();
            try {
                int dash = t.indexOf('-');
                if (dash < 0) {
                    int y = Integer.parseInt(t);
                    c.template.setYears(y, y);
                } else {
                    int first = Integer.parseInt(t.substring(0, dash));
                    String rest = t.substring(dash + 1);
                    c.template.setYears(first, rest.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rest));
                }
            } catch (NumberFormatException e) {
                c.diagnostics.error(TemplateProblem.YEARS.id(), w.range(), "适用年度应写作 2021- 或 2019-2020");
            }
        }
        return null;
    }

    /** {@code 版式 正文 字体=仿宋_GB2312,仿宋 字号=三号}: see {@link Typography}. */
    static Object typography(ReadContext c, Declaration d, Object parent) {
        List<Word> args = d.args();
        if (!c.placed(d, parent == c.template, "版式只能写在模板顶层") || !c.require(d, args, 2, "版式 部分 字体=… 字号=…")) {
            return null;
        }
        Typography.Part part = Typography.Part.of(args.get(0).text());
        if (part == null) {
            c.diagnostics.error(TemplateProblem.UNKNOWN_ATTRIBUTE.id(), args.get(0).range(), "版式的部分只能是：标题、正文、一级标题、二级标题、表格");
            return null;
        }
        List<String> fonts = List.of();
        double points = 0;
        Boolean bold = null;
        for (Word a : args.subList(1, args.size())) {
            String[] kv = a.text().split("[=＝]", 2);
            if (kv.length == 2 && kv[0].equals("字体") && !kv[1].isBlank()) {
                fonts = List.of(kv[1].split("[,，、]"));
            } else if (kv.length == 2 && kv[0].equals("字号") && Typography.points(kv[1]) > 0) {
                points = Typography.points(kv[1]);
            } else if (a.text().equals("加粗") || a.text().equals("不加粗")) {
                bold = a.text().equals("加粗");
            } else {
                c.diagnostics.error(TemplateProblem.UNKNOWN_ATTRIBUTE.id(), a.range(),
                        "版式中不认识“" + a.text() + "”：可写 字体=甲,乙、字号=16（磅）或 字号=三号、加粗、不加粗");
            }
        }
        c.template.typography().declare(part, fonts, points, bold);
        return null;
    }
}
