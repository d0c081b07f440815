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
 * 模板 county-x                      the template's id
 * 继承 national-2021                 (optional, right after 模板) start from another template:
 *                                    everything it declares, to which this file adds
 * 名称 …                             its display name
 * 适用年度 2021-                     the report years it applies to (2019-2020, 2021-)
 * 字段 机关 必填 机关名              a header field (年份: the report year; 机关名: the agency; 报告标题: the title;
 *                                    上年报告: the path of last year's report)
 * 章节 id 标签 [正文] [可选]          a section (正文: prose only)
 *   表 id 标签 [横排]                 a table of the section (横排: published as one line)
 *     行头 文字                       the header cell above the row labels
 *     列组 id 标签                    a group of the columns indented under it
 *     列 id 标签 [单位=件] [小数|可负] a column (default: a count, a whole number ≥ 0)
 *     行 id 标签 / 标题行 id 标签      a row / a heading row holding the rows indented under it
 *     规则 id 每行|每列 [警告]：a + b = c   a sum that must hold on every row or column;
 *                                    x.* stands for the value rows under heading row x;
 *                                    上年.x for x in last year's report (a cross-year rule)
 * 别名 名称…  说明 文字  样板 文字     aliases, a description, boilerplate for the line above
 *                                    (under a field: its generated value, with {机关} {机关简称} {年度})
 *   简称去掉 结尾…                    under the agency field: endings dropped for {机关简称}
 *   全称 结尾 地名结尾…               under the agency field: how a full name ends, and the
 *                                    place names it completes (the importer's 光华镇 → 光华镇人民政府)
 * </pre>
 *
 * <p>In a template that extends another, a declaration whose id already exists reopens it
 * (to add aliases, rows, columns, rules or boilerplate); the first 样板 of a reopened section
 * replaces the inherited boilerplate. Nothing inherited can be removed, and a rule id that
 * already exists in a table cannot be declared again, so a national rule cannot be dropped or
 * weakened by a local template.
 */
public final class TemplateReader {

    /** Every keyword of the template language with what it declares (for completion and hover). */
    public static final java.util.Map<String, String> KEYWORDS = keywords();

    private static java.util.Map<String, String> keywords() {
        java.util.Map<String, String> k = new java.util.LinkedHashMap<>();
        k.put("模板", "模板 标识：模板的标识，写在第一行");
        k.put("继承", "继承 模板名或路径：以另一模板为基础，只能增加、不能删去其中的规则");
        k.put("名称", "名称 文字：模板的显示名称");
        k.put("适用年度", "适用年度 2021- 或 2019-2020：模板适用的报告年度");
        k.put("字段", "字段 名称 [必填] [年份|机关名|报告标题|上年报告|层级]：报告头的一个字段");
        k.put("章节", "章节 标识 标签 [正文] [可选]：报告的一个部分，按报告中的顺序写");
        k.put("表", "表 标识 标签 [横排]：章节中的一张表（横排：发布时排成一行）");
        k.put("行头", "行头 文字：表中行名上方表头单元格的文字");
        k.put("列组", "列组 标识 标签：跨越其下各列的表头");
        k.put("列", "列 标识 标签 [单位=件] [整数|小数|可负]：表的一列");
        k.put("行", "行 标识 标签：表中填数字的一行");
        k.put("标题行", "标题行 标识 标签：不填数字、统领其下各行的一行");
        k.put("规则", "规则 标识 每行|每列 [警告]：左 = 右：勾稽关系；x.* 表示标题行 x 下各行，上年.x 表示上年报告的 x");
        k.put("说法", "说法 行@列 措辞：正文陈述本表数字的说法，如 受理…信息公开申请{数}件；几种读法用 | 隔开，不可比较的写 -");
        k.put("应为零", "应为零 标识 层级=甲,乙 行[@列]：这些层级的机关此处应为 0");
        k.put("推断", "推断 层级 机关名称结尾…：按机关名称推断层级");
        k.put("年度说法", "年度说法 措辞：其中的 {年} 应为报告年度（统计期限）");
        k.put("版式", "版式 标题|正文|一级标题|二级标题|表格 [字体=甲,乙] [字号=16 或 三号] [加粗|不加粗]：导出 Word 时该部分的字体和字号");
        k.put("别名", "别名 名称…：上一行所声明之物的其他写法");
        k.put("曾用标识", "曾用标识 标识…：行或列在较早格式中的标识（nianbao diff 据此对应不同格式的上年报告）");
        k.put("说明", "说明 文字：上一行所声明之物的说明");
        k.put("样板", "样板 文字：nianbao init 为章节写入的一行标准文字；写在字段下时是生成报告时该字段的值，可含 {机关} {机关简称} {年度}");
        k.put("全称", "全称 机关名结尾 地名结尾…：机关全称以此结尾；只写了地名（以地名结尾之一结尾）时补上它，如 光华镇 → 光华镇人民政府（导入报告时用）");
        k.put("简称去掉", "简称去掉 结尾…：机关名去掉这些结尾即为简称（用于 {机关简称}）");
        return java.util.Collections.unmodifiableMap(k);
    }

    /** A rule term written {@code 上年.x} stands for x in last year's report. */
    public static final String LAST_YEAR_PREFIX = "上年.";

    /** Limit on nested 继承, so that a long chain cannot exhaust the stack. */
    static final int MAX_DEPTH = 16;

    /** Finds the text of a template named after 继承, relative to the file that names it. */
    public interface BaseLoader {
        /** @return the base template's text and where it came from, or null if not found */
        Loaded load(String reference, String fromSource);

        record Loaded(String text, String source) {
        }
    }

    /** The outcome: the template (never null) and the problems found in its file. */
    public record Result(Template template, Diagnostics diagnostics) {
    }

    private final Template template;
    private final BaseLoader bases;
    private final Deque<String> reading = new ArrayDeque<>();

    private record Frame(int indent, Object node) {
    }

    /** A rule waiting for all rows and columns of its file to be read. */
    private static final class PendingRule {
        final TemplateSyntax.RuleDeclaration decl;
        final TableDef table;
        String description = "";

        PendingRule(TemplateSyntax.RuleDeclaration decl, TableDef table) {
            this.decl = decl;
            this.table = table;
        }
    }

    /** A plausibility rule waiting for its 说明. */
    private static final class PendingZero {
        final String id;
        final Set<String> levels;
        final RowDef row;
        final List<ColumnDef> columns;
        final TableDef table;
        final Range declaredAt;
        String description = "";

        PendingZero(String id, Set<String> levels, RowDef row, List<ColumnDef> columns, TableDef table, Range declaredAt) {
            this.id = id;
            this.levels = levels;
            this.row = row;
            this.columns = columns;
            this.table = table;
            this.declaredAt = declaredAt;
        }
    }

    /** What reading one file needs: its id, its diagnostics, its indentation stack. */
    private final class FileReader {
        final String source;
        final boolean top;
        final Diagnostics diagnostics;
        final Deque<Frame> stack = new ArrayDeque<>();
        final List<PendingRule> rules = new ArrayList<>();
        final List<PendingZero> zeros = new ArrayList<>();
        final Set<SectionDef> boilerplateReplaced = new HashSet<>();
        String fileId;
        boolean declaredOther;

        FileReader(String source, boolean top, Diagnostics diagnostics) {
            this.source = source;
            this.top = top;
            this.diagnostics = diagnostics;
            this.fileId = fallbackId(source);
        }

        void read(String text) {
            TemplateSyntax syntax = TemplateSyntaxParser.parse(text);
            for (SyntaxProblem p : syntax.problems()) {
                diagnostics.error(TemplateProblem.SYNTAX.id(), p.range(), p.message());
            }
            for (TemplateSyntax.Line line : syntax.lines()) {
                while (!stack.isEmpty() && stack.peek().indent() >= line.indent()) {
                    stack.pop();
                }
                Object parent = stack.isEmpty() ? template : stack.peek().node();
                Object node = line instanceof TemplateSyntax.RuleDeclaration r ? rule(r, parent)
                        : declaration((TemplateSyntax.Declaration) line, parent);
                if (node != null) {
                    stack.push(new Frame(line.indent(), node));
                }
            }
            template.addSource(fileId, source);
            for (PendingRule r : rules) {
                resolve(r);
            }
            for (PendingZero z : zeros) {
                z.table.addZeroExpectation(new ZeroExpectation(z.id, z.levels, z.row, z.columns, z.description, fileId,
                        z.declaredAt));
            }
        }

        private Object declaration(TemplateSyntax.Declaration d, Object parent) {
            String keyword = d.keyword().text();
            List<Word> args = d.args();
            boolean first = !declaredOther;
            if (!keyword.equals("模板") && !keyword.equals("继承")) {
                declaredOther = true;
            }
            switch (keyword) {
                case "模板" -> {
                    if (require(d, args, 1, "模板 标识") && parent == template) {
                        fileId = args.get(0).text();
                        if (top) {
                            template.setId(fileId);
                            template.setDeclaredAt(d.range());
                        }
                    }
                    return null;
                }
                case "继承" -> {
                    if (!placed(d, parent == template && first, "继承要紧跟在“模板”之后、其他声明之前")
                            || !require(d, args, 1, "继承 模板名或路径")) {
                        return null;
                    }
                    extend(args.get(0), this);
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
                    FieldDef existing = template.field(args.get(0).text());
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
                            default -> unknownAttribute(a);
                        }
                    }
                    FieldDef f = new FieldDef(args.get(0).text(), required, kind, fileId, d.range());
                    template.addField(f);
                    return f;
                }
                case "章节" -> {
                    if (!placed(d, parent instanceof Template, "章节只能写在模板顶层") || !require(d, args, 1, "章节 标识 标签")) {
                        return null;
                    }
                    SectionDef existing = template.sections().stream()
                            .filter(s -> s.id().equals(args.get(0).text())).findFirst().orElse(null);
                    if (existing != null) {
                        if (existing.templateId().equals(fileId)) {
                            diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "章节标识重复：" + args.get(0).text());
                        }
                        relabelled(existing, args);
                        return existing;
                    }
                    if (!require(d, args, 2, "章节 标识 标签")) {
                        return null;
                    }
                    SectionDef s = new SectionDef(args.get(0).text(), args.get(1).text(), template.sections().size(),
                            fileId, d.range());
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
                    if (!placed(d, parent instanceof SectionDef, "表只能写在章节之下") || !require(d, args, 1, "表 标识 标签")) {
                        return null;
                    }
                    SectionDef section = (SectionDef) parent;
                    TableDef existing = template.tables().stream()
                            .filter(t -> t.id().equals(args.get(0).text())).findFirst().orElse(null);
                    if (existing != null) {
                        if (existing.templateId().equals(fileId) || existing.section() != section) {
                            diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "表标识重复：" + args.get(0).text());
                        }
                        relabelled(existing, args);
                        return existing;
                    }
                    if (!require(d, args, 2, "表 标识 标签")) {
                        return null;
                    }
                    TableDef t = new TableDef(args.get(0).text(), args.get(1).text(), section, fileId, d.range());
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
                            "列组只能写在表或列组之下") || !require(d, args, 1, "列组 标识 标签")) {
                        return null;
                    }
                    ColumnGroup existing = table.groups().stream()
                            .filter(g -> g.id().equals(args.get(0).text())).findFirst().orElse(null);
                    if (existing != null) {
                        return existing;
                    }
                    if (!require(d, args, 2, "列组 标识 标签")) {
                        return null;
                    }
                    ColumnGroup g = new ColumnGroup(args.get(0).text(), args.get(1).text(), fileId, d.range());
                    table.addGroup(g);
                    return g;
                }
                case "列" -> {
                    TableDef table = tableOf(parent);
                    if (!placed(d, table != null && (parent instanceof TableDef || parent instanceof ColumnGroup),
                            "列只能写在表或列组之下") || !require(d, args, 1, "列 标识 标签")) {
                        return null;
                    }
                    ColumnDef existing = table.column(args.get(0).text());
                    if (existing != null) {
                        if (existing.templateId().equals(fileId)) {
                            diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "列标识重复：" + args.get(0).text());
                        }
                        relabelled(existing, args);
                        return existing;
                    }
                    if (!require(d, args, 2, "列 标识 标签")) {
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
                            unknownAttribute(a);
                        }
                    }
                    ColumnDef c = new ColumnDef(args.get(0).text(), args.get(1).text(), unit, kind, groupsOf(), fileId,
                            d.range());
                    table.addColumn(c);
                    return c;
                }
                case "行", "标题行" -> {
                    TableDef table = tableOf(parent);
                    boolean underHeading = parent instanceof RowDef r && r.heading();
                    if (!placed(d, table != null && (parent instanceof TableDef || underHeading),
                            "行只能写在表或标题行之下") || !require(d, args, 1, keyword + " 标识 标签")) {
                        return null;
                    }
                    RowDef existing = table.row(args.get(0).text());
                    if (existing != null) {
                        if (existing.templateId().equals(fileId)) {
                            diagnostics.error(TemplateProblem.DUPLICATE_ID.id(), args.get(0).range(), "行标识重复：" + args.get(0).text());
                        }
                        relabelled(existing, args);
                        return existing;
                    }
                    if (!require(d, args, 2, keyword + " 标识 标签")) {
                        return null;
                    }
                    RowDef r = new RowDef(args.get(0).text(), args.get(1).text(), keyword.equals("标题行"),
                            parent instanceof RowDef p ? p : null, fileId, d.range());
                    for (Word a : args.subList(2, args.size())) {
                        unknownAttribute(a);
                    }
                    table.addRow(r);
                    return r;
                }
                case "推断" -> {
                    if (!placed(d, parent instanceof FieldDef f && f.kind() == FieldDef.Kind.LEVEL, "推断只能写在层级字段之下")
                            || !require(d, args, 2, "推断 层级 机关名称结尾…")) {
                        return null;
                    }
                    for (Word ending : args.subList(1, args.size())) {
                        ((FieldDef) parent).addInference(ending.text(), args.get(0).text());
                    }
                    return null;
                }
                case "版式" -> {
                    if (placed(d, parent == template, "版式只能写在模板顶层") && require(d, args, 2, "版式 部分 字体=… 字号=…")) {
                        typography(args);
                    }
                    return null;
                }
                case "年度说法" -> {
                    if (!placed(d, parent == template, "年度说法只能写在模板顶层") || !require(d, args, 1, "年度说法 说法")) {
                        return null;
                    }
                    if (!boundedGaps(d)) {
                        return null;
                    }
                    nianbao.core.text.Phrase phrase = nianbao.core.text.Phrase.compile(d.rest().text().replace(" ", ""));
                    if (phrase == null || !d.rest().text().contains("{年}")) {
                        diagnostics.error(TemplateProblem.PHRASE.id(), d.rest().range(), "年度说法中要有 {年}");
                    } else {
                        template.addYearPhrase(phrase);
                    }
                    return null;
                }
                case "说法" -> {
                    if (!placed(d, parent instanceof TableDef, "说法只能写在表之下") || !require(d, args, 2, "说法 行@列 说法")) {
                        return null;
                    }
                    if (!boundedGaps(d)) {
                        return null;
                    }
                    // the reference is the first run of non-spaces (the lexer splits words at + and |)
                    String rest = d.rest().text().strip();
                    int space = rest.indexOf(' ');
                    figures((TableDef) parent, d, args.get(0), space < 0 ? rest : rest.substring(0, space),
                            space < 0 ? "" : rest.substring(space).replace(" ", ""));
                    return null;
                }
                case "应为零" -> {
                    if (!placed(d, parent instanceof TableDef, "应为零只能写在表之下")
                            || !require(d, args, 3, "应为零 标识 层级=甲,乙 行标识[@列标识]")) {
                        return null;
                    }
                    TableDef table = (TableDef) parent;
                    String levels = args.get(1).text();
                    if (!levels.startsWith("层级=")) {
                        diagnostics.error(TemplateProblem.INCOMPLETE.id(), args.get(1).range(), "写法应为：层级=乡镇,街道");
                        return null;
                    }
                    String ref = args.get(2).text();
                    int at = ref.indexOf('@');
                    RowDef row = table.row(at < 0 ? ref : ref.substring(0, at));
                    ColumnDef column = at < 0 ? null : table.column(ref.substring(at + 1));
                    if (row == null || at >= 0 && column == null) {
                        diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), args.get(2).range(), "表" + Messages.quote(table.label()) + "没有 " + ref);
                        return null;
                    }
                    PendingZero z = new PendingZero(args.get(0).text(),
                            java.util.Set.copyOf(List.of(levels.substring(3).split("[,，、]"))), row,
                            column == null ? table.columns() : List.of(column), table, d.range());
                    zeros.add(z);
                    return z;
                }
                case "别名" -> {
                    if (parent instanceof Declared decl && require(d, args, 1, "别名 名称…")) {
                        decl.addAliases(args.stream().map(Word::text).toList());
                    } else if (!(parent instanceof Declared)) {
                        placed(d, false, "别名要写在所属的章节、表、行或列之下");
                    }
                    return null;
                }
                case "曾用标识" -> {
                    if (placed(d, parent instanceof RowDef || parent instanceof ColumnDef, "曾用标识只能写在行或列之下")
                            && require(d, args, 1, "曾用标识 标识…")) {
                        ((Declared) parent).addFormerIds(args.stream().map(Word::text).toList());
                    }
                    return null;
                }
                case "说明" -> {
                    if (parent instanceof Declared decl) {
                        decl.setDescription(d.rest().text());
                    } else if (parent instanceof PendingRule r) {
                        r.description = d.rest().text();
                    } else if (parent instanceof PendingZero z) {
                        z.description = d.rest().text();
                    } else {
                        placed(d, false, "说明要写在所属的声明之下");
                    }
                    return null;
                }
                case "全称" -> {
                    if (placed(d, parent instanceof FieldDef f && f.kind() == FieldDef.Kind.AGENCY, "全称只能写在机关字段之下")
                            && require(d, args, 1, "全称 机关名结尾 地名结尾…")) {
                        List<String> places = new ArrayList<>();
                        for (Word a : args.subList(1, args.size())) {
                            places.add(a.text());
                        }
                        ((FieldDef) parent).addFullName(args.get(0).text(), places);
                    }
                    return null;
                }
                case "简称去掉" -> {
                    if (placed(d, parent instanceof FieldDef f && f.kind() == FieldDef.Kind.AGENCY, "简称去掉只能写在机关字段之下")
                            && require(d, args, 1, "简称去掉 结尾…")) {
                        args.forEach(a -> ((FieldDef) parent).addDropEnding(a.text()));
                    }
                    return null;
                }
                case "样板" -> {
                    if (parent instanceof FieldDef f) {
                        f.setPattern(d.rest().text());
                        return null;
                    }
                    if (placed(d, parent instanceof SectionDef, "样板只能写在章节或字段之下")) {
                        SectionDef s = (SectionDef) parent;
                        if (!s.templateId().equals(fileId) && boilerplateReplaced.add(s)) {
                            s.clearBoilerplate();
                        }
                        s.addBoilerplate(d.rest().text());
                    }
                    return null;
                }
                default -> {
                    diagnostics.error(TemplateProblem.UNKNOWN_KEYWORD.id(), d.keyword().range(), "模板中无法识别的关键字：" + keyword);
                    return null;
                }
            }
        }

        /** A reopened declaration may not change its label: names in reports would silently change meaning. */
        private void relabelled(Declared existing, List<Word> args) {
            if (args.size() >= 2 && !args.get(1).text().equals(existing.label())) {
                diagnostics.error(TemplateProblem.REDEFINED.id(), args.get(1).range(), "不能修改已声明的" + Messages.quote(existing.id())
                        + "的标签（原为" + Messages.quote(existing.label()) + "）；如需另一种写法，请用“别名”");
            }
        }

        private Object rule(TemplateSyntax.RuleDeclaration r, Object parent) {
            if (!(parent instanceof TableDef table)) {
                diagnostics.error(TemplateProblem.MISPLACED.id(), r.range(), "规则只能写在表之下");
                return null;
            }
            declaredOther = true;
            PendingRule pending = new PendingRule(r, table);
            rules.add(pending);
            return pending;
        }

        private void resolve(PendingRule p) {
            TemplateSyntax.RuleDeclaration r = p.decl;
            if (p.table.rules().stream().anyMatch(existing -> existing.id().equals(r.name().text()))) {
                diagnostics.error(TemplateProblem.RULE_REDEFINED.id(), r.name().range(), "表" + Messages.quote(p.table.label())
                        + "已有规则 " + r.name().text() + "；继承的规则不能改写或取消，请为新规则另取标识");
                return;
            }
            RuleDef.Scope scope = null;
            Severity severity = Severity.ERROR;
            for (Word w : r.scope()) {
                RuleWord word = RuleWord.of(w.text()).orElse(null);
                if (word == null) {
                    unknownAttribute(w);
                    continue;
                }
                switch (word) {
                    case EACH_ROW, EACH_COLUMN -> scope = word.scope();
                    case WARNING -> severity = Severity.WARNING;
                }
            }
            if (scope == null) {
                diagnostics.error(TemplateProblem.RULE_SCOPE.id(), r.name().range(), "规则要写明适用范围：" + RuleWord.EACH_ROW.text()
                        + " 或 " + RuleWord.EACH_COLUMN.text());
                return;
            }
            List<RuleDef.Term> lhs = terms(r.lhs(), p.table, scope);
            List<RuleDef.Term> rhs = terms(r.rhs(), p.table, scope);
            if (lhs == null || rhs == null) {
                return;
            }
            if (lhs.isEmpty() || rhs.isEmpty()) {
                diagnostics.error(TemplateProblem.RULE_EMPTY.id(), r.name().range(), "规则的等号两边都要有项");
                return;
            }
            String equation = written(r.lhs(), p.table, scope) + " = " + written(r.rhs(), p.table, scope);
            p.table.addRule(new RuleDef(r.name().text(), scope, lhs, rhs, severity, p.description, equation, fileId,
                    r.range()));
        }

        private List<RuleDef.Term> terms(List<TemplateSyntax.Term> written, TableDef table, RuleDef.Scope scope) {
            List<RuleDef.Term> out = new ArrayList<>();
            boolean ok = true;
            for (TemplateSyntax.Term t : written) {
                String ref = t.ref().text();
                boolean lastYear = ref.startsWith(LAST_YEAR_PREFIX);
                if (lastYear) {
                    ref = ref.substring(LAST_YEAR_PREFIX.length());
                }
                if (scope == RuleDef.Scope.EACH_ROW) {
                    ColumnDef c = table.column(ref);
                    if (c == null) {
                        diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), t.ref().range(), "表" + Messages.quote(table.label())
                                + "没有标识为 " + ref + " 的列");
                        ok = false;
                    } else {
                        out.add(new RuleDef.Term(t.negated(), c, lastYear));
                    }
                } else {
                    boolean all = ref.endsWith(".*");
                    RowDef row = table.row(all ? ref.substring(0, ref.length() - 2) : ref);
                    if (row == null) {
                        diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), t.ref().range(), "表" + Messages.quote(table.label())
                                + "没有标识为 " + ref + " 的行");
                        ok = false;
                    } else if (all) {
                        for (RowDef d : row.valueDescendants()) {
                            out.add(new RuleDef.Term(t.negated(), d, lastYear));
                        }
                    } else if (row.heading()) {
                        diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), t.ref().range(),
                                "标题行 " + ref + " 没有数值；要引用其下各行，请写 " + ref + ".*");
                        ok = false;
                    } else {
                        out.add(new RuleDef.Term(t.negated(), row, lastYear));
                    }
                }
            }
            return ok ? out : null;
        }

        /** A side of a rule as messages show it: short names, and x.* as “x各项” rather than every row. */
        private String written(List<TemplateSyntax.Term> terms, TableDef table, RuleDef.Scope scope) {
            StringBuilder sb = new StringBuilder();
            for (TemplateSyntax.Term t : terms) {
                if (!sb.isEmpty() || t.negated()) {
                    sb.append(t.negated() ? " − " : " + ");
                }
                String ref = t.ref().text();
                boolean lastYear = ref.startsWith(LAST_YEAR_PREFIX);
                if (lastYear) {
                    ref = ref.substring(LAST_YEAR_PREFIX.length());
                    sb.append("上年的");
                }
                boolean all = ref.endsWith(".*");
                Declared d = scope == RuleDef.Scope.EACH_ROW ? table.column(ref)
                        : table.row(all ? ref.substring(0, ref.length() - 2) : ref);
                sb.append(d == null ? ref : d.shortName()).append(all ? "各项" : "");
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
                diagnostics.error(TemplateProblem.YEARS.id(), w.range(), "适用年度应写作 2021- 或 2019-2020");
            }
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
            if (node instanceof RowDef r) {
                return template.tables().stream().filter(t -> t.rows().contains(r)).findFirst().orElse(null);
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
                diagnostics.error(TemplateProblem.MISPLACED.id(), d.keyword().range(), message);
            }
            return ok;
        }

        /** {@code 版式 正文 字体=仿宋_GB2312,仿宋 字号=三号}: see {@link Typography}. */
        private void typography(List<Word> args) {
            Typography.Part part = Typography.Part.of(args.get(0).text());
            if (part == null) {
                diagnostics.error(TemplateProblem.UNKNOWN_ATTRIBUTE.id(), args.get(0).range(), "版式的部分只能是：标题、正文、一级标题、二级标题、表格");
                return;
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
                    diagnostics.error(TemplateProblem.UNKNOWN_ATTRIBUTE.id(), a.range(),
                            "版式中不认识“" + a.text() + "”：可写 字体=甲,乙、字号=16（磅）或 字号=三号、加粗、不加粗");
                }
            }
            template.typography().declare(part, fonts, points, bold);
        }

        private boolean require(TemplateSyntax.Declaration d, List<Word> args, int n, String form) {
            if (args.size() < n) {
                diagnostics.error(TemplateProblem.INCOMPLETE.id(), d.range(), "写法应为：" + form);
                return false;
            }
            return true;
        }

        /**
         * {@code 说法 REF 措辞}: REF is {@code 行[+行]@列}, several of them joined by {@code |} when the
         * wording is read either way (each reading is a figure of its own, sharing the wording), or
         * {@code -} for a wording that states no cell (its figures are not comparable).
         */
        private void figures(TableDef table, TemplateSyntax.Declaration d, Word at0, String ref, String wording) {
            nianbao.core.text.Phrase phrase = nianbao.core.text.Phrase.compile(wording);
            if (phrase == null || wording.indexOf("{数}") < 0 || wording.indexOf("{数}") != wording.lastIndexOf("{数}")) {
                diagnostics.error(TemplateProblem.PHRASE.id(), d.rest().range(), "说法中要有且只有一个 {数}");
                return;
            }
            if (ref.equals("-")) {
                table.addFigure(new ProseFigure(phrase, List.of(), null, table, fileId, d.range()));
                return;
            }
            List<ProseFigure> readings = new ArrayList<>();
            for (String reading : ref.split("\\|", -1)) {
                int at = reading.indexOf('@');
                ColumnDef column = at < 0 ? null : table.column(reading.substring(at + 1));
                List<RowDef> rows = new ArrayList<>();
                for (String rowId : (at < 0 ? reading : reading.substring(0, at)).split("\\+", -1)) {
                    RowDef r = table.row(rowId);
                    if (r == null || r.heading()) {
                        rows = null;
                        break;
                    }
                    rows.add(r);
                }
                if (column == null || rows == null) {
                    diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), at0.range(),
                            "说法要写明表中的行和列：行标识@列标识，如 new@total；几种读法用 | 隔开，不可比较的写 -");
                    return;
                }
                readings.add(new ProseFigure(phrase, List.copyOf(rows), column, table, fileId, d.range()));
            }
            readings.forEach(table::addFigure);
        }

        /** A wording of more gaps than a shared template may ask the checker to try is refused. */
        private boolean boundedGaps(TemplateSyntax.Declaration d) {
            if (nianbao.core.text.Phrase.gaps(d.rest().text()) > nianbao.core.text.Phrase.MAX_GAPS) {
                diagnostics.error(TemplateProblem.PHRASE.id(), d.rest().range(),
                        "说法中的“…”最多 " + nianbao.core.text.Phrase.MAX_GAPS + " 处，以免检查过慢");
                return false;
            }
            return true;
        }

        private void unknownAttribute(Word w) {
            diagnostics.error(TemplateProblem.UNKNOWN_ATTRIBUTE.id(), w.range(), "无法识别的属性：" + w.text());
        }
    }

    private TemplateReader(String source, BaseLoader bases) {
        this.template = new Template(fallbackId(source), source);
        this.bases = bases;
    }

    /** Reads a template's text; {@code source} names where it came from (a path or resource). */
    public static Result read(String text, String source) {
        return read(text, source, null);
    }

    /** Reads a template that may extend others, found through {@code bases}. */
    public static Result read(String text, String source, BaseLoader bases) {
        TemplateReader reader = new TemplateReader(source, bases);
        Diagnostics diagnostics = new Diagnostics();
        reader.reading.push(source);
        reader.new FileReader(source, true, diagnostics).read(text);
        // A template whose base could not be read is empty for that reason alone: one finding per cause.
        boolean baseFailed = diagnostics.all().stream().anyMatch(d -> d.id().equals(TemplateProblem.BASE_UNKNOWN.id())
                || d.id().equals(TemplateProblem.CYCLE.id()));
        if (reader.template.sections().isEmpty() && !baseFailed) {
            diagnostics.error(TemplateProblem.EMPTY.id(), Range.of(0, 0, 0, 0), "模板没有声明任何章节");
        }
        return new Result(reader.template, diagnostics);
    }

    /** Reads a base template into this one, before the rest of the extending file. */
    private void extend(Word reference, FileReader from) {
        if (bases == null) {
            from.diagnostics.error(TemplateProblem.BASE_UNKNOWN.id(), reference.range(), "找不到被继承的模板" + Messages.quote(reference.text()));
            return;
        }
        BaseLoader.Loaded loaded = bases.load(reference.text(), from.source);
        if (loaded == null) {
            from.diagnostics.error(TemplateProblem.BASE_UNKNOWN.id(), reference.range(), "找不到被继承的模板" + Messages.quote(reference.text()));
            return;
        }
        if (reading.contains(loaded.source())) {
            from.diagnostics.error(TemplateProblem.CYCLE.id(), reference.range(), "模板循环继承：" + String.join(" → ", reversed())
                    + " → " + fileName(loaded.source()));
            return;
        }
        if (reading.size() >= MAX_DEPTH) {
            from.diagnostics.error(TemplateProblem.CYCLE.id(), reference.range(), "模板继承层数超过 " + MAX_DEPTH + " 层");
            return;
        }
        reading.push(loaded.source());
        int nearest = template.ancestors().size();
        Diagnostics baseProblems = new Diagnostics();
        FileReader base = new FileReader(loaded.source(), false, baseProblems);
        base.read(loaded.text());
        reading.pop();
        template.addAncestor(nearest, base.fileId);
        long errors = baseProblems.all().stream().filter(x -> x.severity() == Severity.ERROR).count();
        if (errors > 0) {
            from.diagnostics.error(TemplateProblem.BASE_PROBLEM.id(), reference.range(), "被继承的模板" + Messages.quote(reference.text())
                    + "有 " + errors + " 处错误（" + baseProblems.all().get(0).message() + "）");
        }
    }

    /** The chain of templates being read, outermost first, by file name (a clerk's folder paths say nothing). */
    private List<String> reversed() {
        List<String> out = new ArrayList<>();
        for (String source : reading) {
            out.add(0, fileName(source));
        }
        return out;
    }

    private static String fileName(String source) {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String fallbackId(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.startsWith("builtin:")) {
            name = name.substring("builtin:".length());
        }
        return name.endsWith(".nbt") ? name.substring(0, name.length() - 4) : name;
    }


    /** Quoting for template messages. */
    private static final class Messages {
        static String quote(String s) {
            return "“" + s + "”";
        }
    }
}
