package nianbao.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into {@link SyntaxProblem}s with Chinese messages and exact
 * ranges. It replaces ANTLR's console listener, which must never write into a stdio server.
 */
final class ProblemCollector extends BaseErrorListener {

    private final SourceText source;
    /** Chinese names of the tokens a clerk may be missing, by token type. */
    private final Map<Integer, String> tokenNames;
    final List<SyntaxProblem> problems = new ArrayList<>();

    ProblemCollector(SourceText source, Map<Integer, String> tokenNames) {
        this.source = source;
        this.tokenNames = tokenNames;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        Range range;
        String found;
        if (offendingSymbol instanceof Token t) {
            // At a line break the problem is what the line lacks: an empty range at its end,
            // not one that reaches into the next line.
            if (t.getType() == Token.EOF || t.getStopIndex() < t.getStartIndex() || isLineBreak(t)) {
                int at = source.utf16Offset(t.getStartIndex());
                range = source.range(at, at);
            } else {
                range = source.rangeOfCodePoints(t.getStartIndex(), t.getStopIndex());
            }
            found = describe(t);
        } else {
            // A lexer error: ANTLR gives the line (1-based) and code point column.
            int lineIndex = Math.max(0, Math.min(line - 1, source.lineCount() - 1));
            int lineStart = source.lineStart(lineIndex);
            String lineText = source.line(lineIndex);
            int utf16Col = lineText.offsetByCodePoints(0, Math.min(charPositionInLine, lineText.codePointCount(0, lineText.length())));
            range = source.range(lineStart + utf16Col, lineStart + utf16Col + 1);
            problems.add(new SyntaxProblem(range, "无法识别的字符"));
            return;
        }
        String expected = expected(recognizer);
        String message = expected.isEmpty()
                ? "语法错误：此处不应出现" + found
                : "语法错误：此处缺少" + expected + (found.isEmpty() ? "" : "（遇到" + found + "）");
        problems.add(new SyntaxProblem(range, message));
    }

    private static boolean isLineBreak(Token t) {
        String text = t.getText();
        return text != null && !text.isEmpty() && text.chars().allMatch(c -> c == '\r' || c == '\n');
    }

    private String expected(Recognizer<?, ?> recognizer) {
        if (!(recognizer instanceof Parser parser)) {
            return "";
        }
        IntervalSet set;
        try {
            set = parser.getExpectedTokens();
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return "";
        }
        StringJoiner names = new StringJoiner("或");
        for (int type : set.toList()) {
            String name = tokenNames.get(type);
            if (name != null) {
                names.add(name);
            }
        }
        return names.toString();
    }

    private String describe(Token t) {
        if (t.getType() == Token.EOF) {
            return "文件结尾";
        }
        String text = t.getText();
        if (text == null || text.isBlank()) {
            return "行尾";
        }
        return "“" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "”";
    }
}
