package nianbao.core.template;

/**
 * What can be wrong in a template file: each a stable id, reported as an error in the template
 * (in the editor of a {@code .nbt} file, and on the report's {@code 模板：} line when a report uses
 * it). docs/templates.md lists them; each has fixtures under
 * {@code core/src/test/resources/template-fixtures/<id>/} that fire it and that do not.
 */
public enum TemplateProblem {
    SYNTAX("template.syntax", "A line does not follow the template syntax."),
    UNKNOWN_KEYWORD("template.unknown-keyword", "A line starts with a word that is not a keyword of the template language."),
    UNKNOWN_ATTRIBUTE("template.unknown-attribute", "A declaration carries an attribute its keyword does not take."),
    INCOMPLETE("template.incomplete", "A declaration lacks words its keyword requires."),
    MISPLACED("template.misplaced", "A declaration stands under a declaration that cannot hold it (a column outside a table)."),
    DUPLICATE_ID("template.duplicate-id", "Two sections, tables, columns or rows of one scope share an id."),
    REDEFINED("template.redefined", "A template that extends another gives an inherited declaration another label."),
    RULE_REDEFINED("template.rule-redefined", "A rule id the table already has (perhaps inherited) is declared again."),
    RULE_SCOPE("template.rule-scope", "A rule does not say whether it holds on every row or on every column."),
    RULE_EMPTY("template.rule-empty", "A side of a rule names no cell (nothing written, or x.* of a heading row with no rows under it)."),
    UNKNOWN_REF("template.unknown-ref", "A rule, wording or plausibility rule names a row or column its table does not have, or 章节 ID reopens a section that does not exist."),
    PHRASE("template.phrase", "A wording lacks its placeholder ({数}, {年}) or has more gaps than allowed."),
    LENGTH_LIMIT("template.length-limit", "A length limit (字数上限) is not a positive whole number, or one section's is declared twice in one file."),
    REQUIREMENT("template.requirement", "A required statement (应写明) has a wording with no literal text, a placeholder other than {数} and {年}, or too many gaps."),
    YEARS("template.years", "The years a template applies to are not written as 2021- or 2019-2020."),
    EMPTY("template.empty", "The template declares no section."),
    BASE_UNKNOWN("template.base-unknown", "The template named after 继承 cannot be found."),
    CYCLE("template.cycle", "Templates extend each other in a circle, or more than 16 deep."),
    BASE_PROBLEM("template.base-problem", "The template named after 继承 has errors of its own.");

    private final String id;
    private final String summary;

    TemplateProblem(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The stable id, e.g. {@code template.unknown-ref}. */
    public String id() {
        return id;
    }

    /** What it finds, in one English sentence, for docs/templates.md. */
    public String summary() {
        return summary;
    }
}
