package nianbao.core.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.Range;
import nianbao.syntax.SyntaxProblem;
import nianbao.syntax.TemplateSyntax;
import nianbao.syntax.TemplateSyntaxParser;
import nianbao.syntax.Word;

/**
 * Reads a template file into a {@link Template}. Each line is a keyword and its words; a line
 * belongs to the nearest line above it that is indented less. Problems become diagnostics in
 * the template file; what could be read is kept.
 *
 * <pre>
 * 模板 national-2021                 the template's id
 * 名称 …                             its display name
 * 适用年度 2021-                     the report years it applies to (2019-2020, 2021-)
 * 字段 机关 必填                     a header field (年份: the value is a year)
 * 章节 id 标签 [正文] [可选]          a section (正文: prose only)
 *   表 id 标签 [横排]                 a table of the section (横排: published as one line)
 *     行头 文字                       the header cell above the row labels
 *     列组 id 标签                    a group of the columns indented under it
 *     列 id 标签 [单位=件] [小数|可负] a column (default: a count, a whole number ≥ 0)
 *     行 id 标签 / 标题行 id 标签      a row / a heading row holding the rows indented under it
 *     规则 id 每行|每列 [警告]：a + b = c   a sum that must hold on every row or column;
 *                                    x.* stands for the value rows under heading row x
 * 别名 名称…  说明 文字  样板 文字     aliases, a description, boilerplate for the line above
 * </pre>
 */
public final class TemplateReader {

    private final String source;
    private final TemplateSyntax syntax;
    private final Diagnostics diagnostics;
    private Template template;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<PendingRule> rules = new ArrayList<>();
    private final Set<String> sectionIds = new HashSet<>();

    private record Frame(int indent, Object node) {
    }

    /** A rule waiting for all rows and columns of its table to be read. */
    private static final class PendingRule {
        final TemplateSyntax.RuleDeclaration decl;
        final TableDef table;
        String description = "";

        PendingRule(TemplateSyntax.RuleDeclaration decl, TableDef table) {
            this.decl = decl;
            this.table = table;
        }
    }

    /** The outcome: the template (never null) and the problems found in its file. */
    public record Result(Template template, Diagnostics diagnostics) {
    }

    private TemplateReader(String text, String source) {
        this.source = source;
        this.syntax = TemplateSyntaxParser.parse(text);
        this.diagnostics = new Diagnostics();
    }

    /** Reads a template's text; {@code source} names where it came from (a path or resource). */
    public static Result read(String text, String source) {
        TemplateReader reader = new TemplateReader(text, source);
        reader.run();
        return new Result(reader.template, reader.diagnostics);
    }

    private void run() {
        for (SyntaxProblem p : syntax.problems()) {
            diagnostics.error("template.syntax", p.range(), p.message());
        }
        template = new Template(fallbackId(), source);
        for (TemplateSyntax.Line line : syntax.lines()) {
            while (!stack.isEmpty() && stack.peek().indent() >= line.indent()) {
                stack.pop();
            }
            Object parent = stack.isEmpty() ? template : stack.peek().node();
            Object node = line instanceof TemplateSyntax.RuleDeclaration r ? rule(r, parent) : declaration(
                    (TemplateSyntax.Declaration) line, parent);
            if (node != null) {
                stack.push(new Frame(line.indent(), node));
            }
        }
        for (PendingRule r : rules) {
            resolve(r);
        }
        if (template.sections().isEmpty()) {
            diagnostics.error("template.empty", Range.of(0, 0, 0, 0), "模板没有声明任何章节");
        }
    }

    private String fallbackId() {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".nbt") ? name.substring(0, name.length() - 4) : name;
    }

    private Object declaration(TemplateSyntax.Declaration d, Object parent) {
        String keyword = d.keyword().text();
        List<Word> args = d.args();
        switch (keyword) {
            case "模板" -> {
                if (require(d, args, 1, "模板 标识") && parent == template) {
                    template = rename(template, args.get(0).text());
                    template.setDeclaredAt(d.range());
                }
                return null;
            }
            case "名称" -> {
                if (parent == template && require(d, args, 1, "名称 文字")) {
                    template.setName(d.rest().text());
                }
                return null;
            }
            case "适用年度" -> {
                if (parent == template && require(d, args, 1, "适用年度 起始年-[截止年]")) {
                    years(args.get(0));
                }
                return null;
            }
            case "字段" -> {
                if (!placed(d, parent instanceof Template, "字段只能写在模板顶层") || !require(d, args, 1, "字段 名称")) {
                    return null;
                }
                boolean required = false;
                FieldDef.Kind kind = FieldDef.Kind.TEXT;
                for (Word a : args.subList(1, args.size())) {
                    switch (a.text()) {
                        case "必填" -> required = true;
                        case "年份" -> kind = FieldDef.Kind.YEAR;
                        default -> unknownAttribute(a);
                    }
                }
                FieldDef f = new FieldDef(args.get(0).text(), required, kind, template.id(), d.range());
                template.addField(f);
                return f;
            }
            case "章节" -> {
                if (!placed(d, parent instanceof Template, "章节只能写在模板顶层") || !require(d, args, 2, "章节 标识 标签")) {
                    return null;
                }
                if (!sectionIds.add(args.get(0).text())) {
                    diagnostics.error("template.duplicate-id", args.get(0).range(), "章节标识重复：" + args.get(0).text());
                }
                SectionDef s = new SectionDef(args.get(0).text(), args.get(1).text(), template.sections().size(),
                        template.id(), d.range());
                for (Word a : args.subList(2, args.size())) {
                    switch (a.text()) {
                        case "正文" -> s.setProseOnly(true);
                        case "可选" -> s.setRequired(false);
                        case "必需" -> s.setRequired(true);
                        default -> unknownAttribute(a);
                    }
                }
                template.addSection(s);
                return s;
            }
            case "表" -> {
                if (!placed(d, parent instanceof SectionDef, "表只能写在章节之下") || !require(d, args, 2, "表 标识 标签")) {
                    return null;
                }
                SectionDef section = (SectionDef) parent;
                if (template.tables().stream().anyMatch(t -> t.id().equals(args.get(0).text()))) {
                    diagnostics.error("template.duplicate-id", args.get(0).range(), "表标识重复：" + args.get(0).text());
                }
                TableDef t = new TableDef(args.get(0).text(), args.get(1).text(), section, template.id(), d.range());
                for (Word a : args.subList(2, args.size())) {
                    if (a.text().equals("横排")) {
                        t.setLayout(TableDef.Layout.SINGLE_LINE);
                    } else {
                        unknownAttribute(a);
                    }
                }
                section.addTable(t);
                return t;
            }
            case "行头" -> {
                if (placed(d, parent instanceof TableDef, "行头只能写在表之下") && require(d, args, 1, "行头 文字")) {
                    ((TableDef) parent).setRowHeader(d.rest().text());
                }
                return null;
            }
            case "列组" -> {
                TableDef table = tableOf(parent);
                if (!placed(d, table != null && (parent instanceof TableDef || parent instanceof ColumnGroup),
                        "列组只能写在表或列组之下") || !require(d, args, 2, "列组 标识 标签")) {
                    return null;
                }
                ColumnGroup g = new ColumnGroup(args.get(0).text(), args.get(1).text(), template.id(), d.range());
                table.addGroup(g);
                return g;
            }
            case "列" -> {
                TableDef table = tableOf(parent);
                if (!placed(d, table != null && (parent instanceof TableDef || parent instanceof ColumnGroup),
                        "列只能写在表或列组之下") || !require(d, args, 2, "列 标识 标签")) {
                    return null;
                }
                if (table.column(args.get(0).text()) != null) {
                    diagnostics.error("template.duplicate-id", args.get(0).range(), "列标识重复：" + args.get(0).text());
                }
                String unit = "";
                ColumnDef.Kind kind = ColumnDef.Kind.COUNT;
                for (Word a : args.subList(2, args.size())) {
                    String t = a.text();
                    if (t.startsWith("单位=")) {
                        unit = t.substring(3);
                    } else if (t.equals("小数")) {
                        kind = ColumnDef.Kind.AMOUNT;
                    } else if (t.equals("可负")) {
                        kind = ColumnDef.Kind.SIGNED;
                    } else if (t.equals("整数")) {
                        kind = ColumnDef.Kind.COUNT;
                    } else {
                        unknownAttribute(a);
                    }
                }
                ColumnDef c = new ColumnDef(args.get(0).text(), args.get(1).text(), unit, kind, groupsOf(), template.id(),
                        d.range());
                table.addColumn(c);
                return c;
            }
            case "行", "标题行" -> {
                TableDef table = tableOf(parent);
                boolean underHeading = parent instanceof RowDef r && r.heading();
                if (!placed(d, table != null && (parent instanceof TableDef || underHeading),
                        "行只能写在表或标题行之下") || !require(d, args, 2, keyword + " 标识 标签")) {
                    return null;
                }
                if (table.row(args.get(0).text()) != null) {
                    diagnostics.error("template.duplicate-id", args.get(0).range(), "行标识重复：" + args.get(0).text());
                }
                RowDef r = new RowDef(args.get(0).text(), args.get(1).text(), keyword.equals("标题行"),
                        parent instanceof RowDef p ? p : null, template.id(), d.range());
                for (Word a : args.subList(2, args.size())) {
                    unknownAttribute(a);
                }
                table.addRow(r);
                return r;
            }
            case "别名" -> {
                if (parent instanceof Declared decl && require(d, args, 1, "别名 名称…")) {
                    decl.addAliases(args.stream().map(Word::text).toList());
                } else if (!(parent instanceof Declared)) {
                    placed(d, false, "别名要写在所属的章节、表、行或列之下");
                }
                return null;
            }
            case "说明" -> {
                if (parent instanceof Declared decl) {
                    decl.setDescription(d.rest().text());
                } else if (parent instanceof PendingRule r) {
                    r.description = d.rest().text();
                } else {
                    placed(d, false, "说明要写在所属的声明之下");
                }
                return null;
            }
            case "样板" -> {
                if (placed(d, parent instanceof SectionDef, "样板只能写在章节之下")) {
                    ((SectionDef) parent).addBoilerplate(d.rest().text());
                }
                return null;
            }
            default -> {
                diagnostics.error("template.unknown-keyword", d.keyword().range(), "模板中无法识别的关键字：" + keyword);
                return null;
            }
        }
    }

    private Object rule(TemplateSyntax.RuleDeclaration r, Object parent) {
        if (!(parent instanceof TableDef table)) {
            diagnostics.error("template.misplaced", r.range(), "规则只能写在表之下");
            return null;
        }
        PendingRule pending = new PendingRule(r, table);
        rules.add(pending);
        return pending;
    }

    private void resolve(PendingRule p) {
        TemplateSyntax.RuleDeclaration r = p.decl;
        RuleDef.Scope scope = null;
        Severity severity = Severity.ERROR;
        for (Word w : r.scope()) {
            switch (w.text()) {
                case "每行" -> scope = RuleDef.Scope.EACH_ROW;
                case "每列" -> scope = RuleDef.Scope.EACH_COLUMN;
                case "警告" -> severity = Severity.WARNING;
                default -> unknownAttribute(w);
            }
        }
        if (scope == null) {
            diagnostics.error("template.rule-scope", r.name().range(), "规则要写明适用范围：每行 或 每列");
            return;
        }
        List<RuleDef.Term> lhs = terms(r.lhs(), p.table, scope);
        List<RuleDef.Term> rhs = terms(r.rhs(), p.table, scope);
        if (lhs == null || rhs == null) {
            return;
        }
        String equation = equation(lhs) + " = " + equation(rhs);
        p.table.addRule(new RuleDef(r.name().text(), scope, lhs, rhs, severity, p.description, equation, template.id(),
                r.range()));
    }

    private List<RuleDef.Term> terms(List<TemplateSyntax.Term> written, TableDef table, RuleDef.Scope scope) {
        List<RuleDef.Term> out = new ArrayList<>();
        boolean ok = true;
        for (TemplateSyntax.Term t : written) {
            String ref = t.ref().text();
            if (scope == RuleDef.Scope.EACH_ROW) {
                ColumnDef c = table.column(ref);
                if (c == null) {
                    diagnostics.error("template.unknown-ref", t.ref().range(), "表“" + table.label() + "”没有标识为 " + ref + " 的列");
                    ok = false;
                } else {
                    out.add(new RuleDef.Term(t.negated(), c));
                }
            } else {
                boolean all = ref.endsWith(".*");
                RowDef row = table.row(all ? ref.substring(0, ref.length() - 2) : ref);
                if (row == null) {
                    diagnostics.error("template.unknown-ref", t.ref().range(), "表“" + table.label() + "”没有标识为 " + ref + " 的行");
                    ok = false;
                } else if (all) {
                    for (RowDef d : row.valueDescendants()) {
                        out.add(new RuleDef.Term(t.negated(), d));
                    }
                } else if (row.heading()) {
                    diagnostics.error("template.unknown-ref", t.ref().range(),
                            "标题行 " + ref + " 没有数值；要引用其下各行，请写 " + ref + ".*");
                    ok = false;
                } else {
                    out.add(new RuleDef.Term(t.negated(), row));
                }
            }
        }
        return ok ? out : null;
    }

    private static String equation(List<RuleDef.Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (RuleDef.Term t : terms) {
            if (!sb.isEmpty() || t.negated()) {
                sb.append(t.negated() ? " − " : " + ");
            }
            sb.append(t.ref().label());
        }
        return sb.toString();
    }

    private void years(Word w) {
        String t = w.text();
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                int y = Integer.parseInt(t);
                template.setYears(y, y);
            } else {
                int first = Integer.parseInt(t.substring(0, dash));
                String rest = t.substring(dash + 1);
                template.setYears(first, rest.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rest));
            }
        } catch (NumberFormatException e) {
            diagnostics.error("template.years", w.range(), "适用年度应写作 2021- 或 2019-2020");
        }
    }

    private Template rename(Template t, String id) {
        if (t.id().equals(id)) {
            return t;
        }
        Template renamed = new Template(id, source);
        renamed.setName(t.name());
        renamed.setYears(t.firstYear(), t.lastYear());
        t.fields().forEach(renamed::addField);
        t.sections().forEach(renamed::addSection);
        return renamed;
    }

    private TableDef tableOf(Object node) {
        if (node instanceof TableDef t) {
            return t;
        }
        for (Frame f : stack) {
            if (f.node() instanceof TableDef t) {
                return t;
            }
        }
        return null;
    }

    /** The column groups currently open, outermost first. */
    private List<ColumnGroup> groupsOf() {
        List<ColumnGroup> groups = new ArrayList<>();
        for (Frame f : stack) {
            if (f.node() instanceof ColumnGroup g) {
                groups.add(0, g);
            }
        }
        return groups;
    }

    private boolean placed(TemplateSyntax.Declaration d, boolean ok, String message) {
        if (!ok) {
            diagnostics.error("template.misplaced", d.keyword().range(), message);
        }
        return ok;
    }

    private boolean require(TemplateSyntax.Declaration d, List<Word> args, int n, String form) {
        if (args.size() < n) {
            diagnostics.error("template.incomplete", d.range(), "写法应为：" + form);
            return false;
        }
        return true;
    }

    private void unknownAttribute(Word w) {
        diagnostics.error("template.unknown-attribute", w.range(), "无法识别的属性：" + w.text());
    }

}
