package nianbao.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.grammar.TemplateLexer;
import nianbao.grammar.TemplateParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/** Parses template text into a {@link TemplateSyntax}. Never throws on bad input. */
public final class TemplateSyntaxParser {

    private static final Map<Integer, String> TOKEN_NAMES = Map.of(
            TemplateLexer.COLON, "“：”",
            TemplateLexer.EQUALS, "“=”",
            TemplateLexer.WORD, "名称",
            TemplateLexer.NL, "换行");

    /** What the lexer's grammar names, for {@link FoldedCharStream}. */
    private static final FoldedCharStream.Folding FOLDING = new FoldedCharStream.Folding(TemplateLexer._ATN);

    private TemplateSyntaxParser() {
    }

    /**
     * Parses a document. A leading byte order mark is not part of the text: editors do not
     * count it, so positions on the first line would be one off with it.
     */
    public static TemplateSyntax parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SourceText source = new SourceText(text);
        ProblemCollector problems = new ProblemCollector(source, TOKEN_NAMES);
        TemplateLexer lexer = new TemplateLexer(new FoldedCharStream(CharStreams.fromString(text), FOLDING));
        lexer.removeErrorListeners();
        lexer.addErrorListener(problems);
        TemplateParser parser = new TemplateParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(problems);
        parser.setErrorHandler(new LineKeepingErrorStrategy());
        TemplateParser.TemplateFileContext tree = parser.templateFile();

        List<TemplateSyntax.Line> lines = new ArrayList<>();
        for (TemplateParser.LineContext line : tree.line()) {
            add(lines, source, line.statement());
        }
        return new TemplateSyntax(source, List.copyOf(lines), List.copyOf(problems.problems));
    }

    private static void add(List<TemplateSyntax.Line> lines, SourceText source, TemplateParser.StatementContext statement) {
        if (statement == null || (statement.exception != null && statement.getChildCount() == 0)) {
            return;
        }
        Range range = range(source, statement);
        int indent = indentWidth(source.line(range.start().line()));
        if (statement instanceof TemplateParser.RuleDeclContext rule) {
            if (rule.name == null || rule.lhs == null || rule.rhs == null) {
                return;
            }
            if (conjured(rule)) {
                return;
            }
            List<Word> scope = new ArrayList<>();
            for (Token t : rule.scope) {
                scope.add(word(source, t));
            }
            lines.add(new TemplateSyntax.RuleDeclaration(indent, word(source, rule.RULE_KW().getSymbol()),
                    word(source, rule.name), List.copyOf(scope), terms(source, rule.lhs), terms(source, rule.rhs), range));
        } else if (statement instanceof TemplateParser.DeclarationContext decl && decl.keyword != null) {
            List<Word> args = new ArrayList<>();
            for (TemplateParser.ArgumentContext a : decl.args) {
                args.add(word(source, a.start));
            }
            Word keyword = word(source, decl.keyword);
            Word rest = args.isEmpty() ? new Word("", new Range(keyword.range().end(), keyword.range().end()))
                    : new Word(source.slice(Range.covering(args.get(0).range(), args.get(args.size() - 1).range())),
                            Range.covering(args.get(0).range(), args.get(args.size() - 1).range()));
            lines.add(new TemplateSyntax.Declaration(indent, keyword, List.copyOf(args), rest, range));
        }
    }

    /** Whether error recovery made up a token of a rule: a broken rule is left out, not half read. */
    private static boolean conjured(ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            var child = ctx.getChild(i);
            if ((child instanceof org.antlr.v4.runtime.tree.TerminalNode t && t.getSymbol().getStartIndex() < 0)
                    || (child instanceof ParserRuleContext c && conjured(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Recovers without ever deleting a line break: a line that lacks its last word must not take
     * the first word of the next line.
     */
    private static final class LineKeepingErrorStrategy extends DefaultErrorStrategy {
        @Override
        protected @Nullable Token singleTokenDeletion(Parser recognizer) {
            return recognizer.getInputStream().LA(1) == TemplateLexer.NL ? null : super.singleTokenDeletion(recognizer);
        }
    }

    private static List<TemplateSyntax.Term> terms(SourceText source, TemplateParser.SumContext sum) {
        List<TemplateSyntax.Term> terms = new ArrayList<>();
        List<TemplateParser.TermContext> parts = sum.term();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).WORD() == null) {
                continue;
            }
            boolean negated = i > 0 && i - 1 < sum.op.size() && sum.op.get(i - 1).getType() == TemplateLexer.MINUS;
            terms.add(new TemplateSyntax.Term(negated, word(source, parts.get(i).WORD().getSymbol())));
        }
        return List.copyOf(terms);
    }

    /** The width of a line's indentation: a tab counts 4, an ideographic space 2. */
    private static int indentWidth(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                w += 1;
            } else if (c == '\t') {
                w += 4;
            } else if (c == '\u3000') {
                w += 2;
            } else {
                break;
            }
        }
        return w;
    }

    private static Range range(SourceText source, ParserRuleContext ctx) {
        Token stop = ctx.stop == null || ctx.stop.getType() == Token.EOF ? ctx.start : ctx.stop;
        if (stop.getStopIndex() < ctx.start.getStartIndex()) {
            stop = ctx.start;
        }
        return source.rangeOfCodePoints(ctx.start.getStartIndex(), Math.max(stop.getStopIndex(), ctx.start.getStartIndex()));
    }

    private static Word word(SourceText source, Token t) {
        return new Word(t.getText(), source.rangeOfCodePoints(t.getStartIndex(), t.getStopIndex()));
    }
}
