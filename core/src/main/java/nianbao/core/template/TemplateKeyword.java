package nianbao.core.template;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nianbao.syntax.TemplateSyntax;

/**
 * The keywords of the template language: the one list of them. Each has the help text that
 * completion and hover show ({@link TemplateReader#KEYWORDS}) and the reader that handles its line.
 * A new keyword is one entry here plus its reading in the family class named by the entry.
 */
public enum TemplateKeyword {
    TEMPLATE("模板", "模板 标识：模板的标识，写在第一行", HeaderDeclarations::template),
    EXTENDS("继承", "继承 模板名或路径：以另一模板为基础，只能增加、不能删去其中的规则", HeaderDeclarations::base),
    NAME("名称", "名称 文字：模板的显示名称", HeaderDeclarations::name),
    YEARS("适用年度", "适用年度 2021- 或 2019-2020：模板适用的报告年度", HeaderDeclarations::years),
    FIELD("字段", "字段 名称 [必填] [年份|机关名|报告标题|上年报告|层级]：报告头的一个字段", FieldDeclarations::field),
    SECTION("章节", "章节 标识 标签 [正文] [可选]：报告的一个部分，按报告中的顺序写", StructureDeclarations::section),
    TABLE("表", "表 标识 标签 [横排]：章节中的一张表（横排：发布时排成一行）", StructureDeclarations::table),
    ROW_HEADER("行头", "行头 文字：表中行名上方表头单元格的文字", StructureDeclarations::rowHeader),
    COLUMN_GROUP("列组", "列组 标识 标签：跨越其下各列的表头", StructureDeclarations::group),
    COLUMN("列", "列 标识 标签 [单位=件] [整数|小数|可负]：表的一列", StructureDeclarations::column),
    ROW("行", "行 标识 标签：表中填数字的一行", StructureDeclarations::row),
    HEADING_ROW("标题行", "标题行 标识 标签：不填数字、统领其下各行的一行", StructureDeclarations::row),
    /** A 规则 line has a syntax of its own ({@link TemplateSyntax.RuleDeclaration}), read by {@link RuleDeclarations#rule}. */
    RULE("规则", "规则 标识 每行|每列 [警告]：左 = 右：勾稽关系；x.* 表示标题行 x 下各行，上年.x 表示上年报告的 x", null),
    WORDING("说法", "说法 行@列 措辞：正文陈述本表数字的说法，如 受理…信息公开申请{数}件；几种读法用 | 隔开，不可比较的写 -",
            WordingDeclarations::wording),
    ZERO("应为零", "应为零 标识 层级=甲,乙 行[@列]：这些层级的机关此处应为 0", RuleDeclarations::zero),
    INFER("推断", "推断 层级 机关名称结尾…：按机关名称推断层级", FieldDeclarations::infer),
    YEAR_WORDING("年度说法", "年度说法 措辞：其中的 {年} 应为报告年度（统计期限）", WordingDeclarations::yearWording),
    LENGTH_LIMIT("字数上限", "字数上限 字数 [每小节]：本地要求，章节正文的字数（按 Word 字数统计：汉字和标点各计 1，连写的数字或英文计 1，不计空白、标题和表格）不超过此数；每小节：一级小标题下各部分分别计",
            LocalRequirementDeclarations::lengthLimit),
    REQUIRED_STATEMENT("应写明", "应写明 标识 措辞[|措辞…]：本地要求，章节正文中要有这样的说法，如 主动公开…{数}条（{数} 处要写数字）；几种说法用 | 隔开，有一种即可",
            LocalRequirementDeclarations::requiredStatement),
    TYPOGRAPHY("版式", "版式 标题|正文|一级标题|二级标题|表格 [字体=甲,乙] [字号=16 或 三号] [加粗|不加粗]：导出 Word 时该部分的字体和字号",
            HeaderDeclarations::typography),
    ALIAS("别名", "别名 名称…：上一行所声明之物的其他写法", NoteDeclarations::alias),
    FORMER_ID("曾用标识", "曾用标识 标识…：行或列在较早格式中的标识（nianbao diff 据此对应不同格式的上年报告）", NoteDeclarations::formerIds),
    DESCRIPTION("说明", "说明 文字：上一行所声明之物的说明", NoteDeclarations::description),
    BOILERPLATE("样板", "样板 文字：nianbao init 为章节写入的一行标准文字；写在字段下时是生成报告时该字段的值，可含 {机关} {机关简称} {年度}",
            NoteDeclarations::boilerplate),
    FULL_NAME("全称", "全称 机关名结尾 地名结尾…：机关全称以此结尾；只写了地名（以地名结尾之一结尾）时补上它，如 光华镇 → 光华镇人民政府（导入报告时用）",
            FieldDeclarations::fullName),
    SHORT_NAME("简称去掉", "简称去掉 结尾…：机关名去掉这些结尾即为简称（用于 {机关简称}）", FieldDeclarations::dropEndings);

    /** Reads one declaration line under {@code parent}; returns the node later lines may sit under, or null. */
    @FunctionalInterface
    interface Reader {
        Object read(ReadContext c, TemplateSyntax.Declaration d, Object parent);
    }

    private static final Map<String, TemplateKeyword> BY_TEXT = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TemplateKeyword::text, Function.identity()));

    private final String text;
    private final String help;
    private final Reader reader;

    TemplateKeyword(String text, String help, Reader reader) {
        this.text = text;
        this.help = help;
        this.reader = reader;
    }

    /** The keyword as a template writes it. */
    public String text() {
        return text;
    }

    /** What it declares, as completion and hover show it. */
    public String help() {
        return help;
    }

    /** The reader of a declaration line with this keyword; null for 规则, which has its own syntax. */
    Reader reader() {
        return reader;
    }

    /** The keyword written {@code text}, if there is one. */
    public static Optional<TemplateKeyword> of(String text) {
        return Optional.ofNullable(BY_TEXT.get(text));
    }
}
