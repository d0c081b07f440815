package nianbao.syntax;

import java.util.List;

/**
 * The syntax tree of a template file: its lines in order, each a declaration or a rule,
 * with the indentation that gives the nesting.
 */
public record TemplateSyntax(SourceText source, List<Line> lines, List<SyntaxProblem> problems) {

    public sealed interface Line permits Declaration, RuleDeclaration {
        /** Indentation width in columns (a tab counts 4, a full-width space 2). */
        int indent();

        Range range();
    }

    /**
     * {@code keyword arg arg …}, e.g. {@code 列 total 总计 单位=件}.
     *
     * @param rest the raw text after the keyword (for free text such as 说明), or an empty word
     */
    public record Declaration(int indent, Word keyword, List<Word> args, Word rest, Range range) implements Line {
    }

    /** {@code 规则 id scope…：lhs = rhs}, e.g. {@code 规则 balance.row-total 每行：total = a + b}. */
    public record RuleDeclaration(int indent, Word keyword, Word name, List<Word> scope, List<Term> lhs,
            List<Term> rhs, Range range) implements Line {
    }

    /** One summand of a rule side: a row or column id (or {@code id.*}), added or subtracted. */
    public record Term(boolean negated, Word ref) {
    }
}
