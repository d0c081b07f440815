package nianbao.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.grammar.ReportLexer;
import nianbao.grammar.ReportParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/** Parses report text into a {@link ReportSyntax}. Never throws on bad input. */
public final class ReportSyntaxParser {

    private static final Map<Integer, String> TOKEN_NAMES = Map.of(
            ReportLexer.TEXT, "标题文字",
            ReportLexer.TABLE_NAME_TEXT, "表名",
            ReportLexer.TABLE_CLOSE, "“]”");

    /** What the lexer's grammar names, for {@link FoldedCharStream}. */
    private static final FoldedCharStream.Folding FOLDING = new FoldedCharStream.Folding(ReportLexer._ATN);

    private ReportSyntaxParser() {
    }

    /**
     * Parses a document. A leading byte order mark is not part of the text: editors do not
     * count it, so positions on the first line would be one off with it.
     */
    public static ReportSyntax parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SourceText source = new SourceText(text);
        ProblemCollector problems = new ProblemCollector(source, TOKEN_NAMES);
        ReportLexer lexer = new ReportLexer(new FoldedCharStream(CharStreams.fromString(text), FOLDING));
        lexer.removeErrorListeners();
        lexer.addErrorListener(problems);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        ReportParser parser = new ReportParser(tokens);
        parser.removeErrorListeners();
        ReportParser.ReportContext tree;
        // Fast path: SLL with bail-out; on any error, parse again with full LL and recovery.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            tree = parser.report();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(problems);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.report();
        }
        return new Builder(source).build(tree, problems.problems);
    }

    /** Groups the parsed lines into header, sections and tables. */
    private static final class Builder {
        private final SourceText source;
        private final List<ReportSyntax.HeaderField> header = new ArrayList<>();
        private final List<ReportSyntax.Block> preamble = new ArrayList<>();
        private final List<ReportSyntax.Section> sections = new ArrayList<>();
        private final List<Word> comments = new ArrayList<>();

        private @Nullable Word sectionHeading;
        private @Nullable Range sectionHeadingRange;
        private List<ReportSyntax.Block> blocks = preamble;
        private @Nullable TableBuilder table;

        Builder(SourceText source) {
            this.source = source;
        }

        ReportSyntax build(ReportParser.ReportContext tree, List<SyntaxProblem> problems) {
            for (ReportParser.LineContext line : tree.line()) {
                ParseTree kind = line.getChild(0);
                if (kind instanceof ReportParser.HeadingContext h) {
                    heading(h);
                } else if (kind instanceof ReportParser.TableHeadContext t) {
                    tableHead(t);
                } else if (kind instanceof ReportParser.RowContext r) {
                    row(r);
                } else if (kind instanceof ReportParser.ProseContext p) {
                    prose(p);
                } else if (kind instanceof ReportParser.CommentContext c) {
                    comments.add(word(c.COMMENT()));
                } else if (kind instanceof ReportParser.BlankContext) {
                    closeTable();
                }
            }
            closeTable();
            closeSection();
            return new ReportSyntax(source, List.copyOf(header), List.copyOf(preamble), List.copyOf(sections),
                    List.copyOf(comments), List.copyOf(problems));
        }

        private void heading(ReportParser.HeadingContext h) {
            closeTable();
            int level = h.HEADING_MARK().getText().length();
            Word text = present(h.TEXT()) ? trimmed(h.TEXT()) : null;
            Range range = lineRange(h);
            if (level == 1) {
                closeSection();
                // No heading text: an empty word just after the mark (the syntax error is reported).
                Position afterMark = word(h.HEADING_MARK()).range().end();
                sectionHeading = text == null ? new Word("", new Range(afterMark, afterMark)) : text;
                sectionHeadingRange = range;
                blocks = new ArrayList<>();
            } else if (text != null) {
                blocks.add(new ReportSyntax.SubHeading(level, text, range));
            }
        }

        private void tableHead(ReportParser.TableHeadContext t) {
            closeTable();
            Word name = present(t.TABLE_NAME_TEXT()) ? trimmed(t.TABLE_NAME_TEXT()) : null;
            if (name != null && name.text().isEmpty()) {
                name = null;
            }
            List<Word> columns = new ArrayList<>();
            if (name != null && !present(t.TABLE_CLOSE())) {
                // Without ']' the name ran to the end of the line: read its first word as the
                // name and the others as the column names the clerk meant to write after it.
                List<Word> words = split(name);
                name = words.get(0);
                columns.addAll(words.subList(1, words.size()));
            }
            for (TerminalNode cell : t.CELL()) {
                columns.add(word(cell));
            }
            if (t.COMMENT() != null) {
                comments.add(word(t.COMMENT()));
            }
            table = new TableBuilder(name, RowWords.withoutBars(columns, source), lineRange(t));
        }

        /** The white-space separated words of a non-empty word, up to a {@code //} comment. */
        private List<Word> split(Word w) {
            List<Word> out = new ArrayList<>();
            String s = w.text();
            int base = source.offset(w.range().start());
            int i = 0;
            while (i < s.length()) {
                if (isSpace(s.charAt(i))) {
                    i++;
                    continue;
                }
                if (!out.isEmpty() && s.startsWith("//", i)) {
                    comments.add(new Word(s.substring(i).strip(), source.range(base + i, base + s.length())));
                    break;
                }
                int end = i;
                while (end < s.length() && !isSpace(s.charAt(end))) {
                    end++;
                }
                out.add(new Word(s.substring(i, end), source.range(base + i, base + end)));
                i = end;
            }
            return out;
        }

        private void row(ReportParser.RowContext r) {
            List<Word> written = new ArrayList<>();
            for (TerminalNode c : r.CELL()) {
                written.add(word(c));
            }
            if (r.COMMENT() != null) {
                comments.add(word(r.COMMENT()));
            }
            if (written.isEmpty()) {
                return;
            }
            if (table == null || RowWords.isNote(written)) {
                // a note under a table (注：…) ends it and is prose, and so are the lines after it
                // up to the blank line that ends the table
                closeTable();
                Word text = RowWords.joined(written, source);
                Word line = new Word(source.text().substring(source.offset(text.range().start()),
                        source.offset(text.range().end())), text.range());
                blocks.add(new ReportSyntax.ProseLine(line, line.range()));
                return;
            }
            if (RowWords.isRuler(written)) {
                if (table != null) {
                    table.headerRowBeforeRuler();
                }
                return; // a ruler line of a pasted grid (|---|---|) is no row
            }
            List<Word> words = RowWords.rowCells(written, source);
            if (words.isEmpty()) {
                return; // bars alone (| | |)
            }
            if (table != null && table.rows.isEmpty()) {
                table.firstRowAsHeader = RowWords.headerCells(written, source);
            }
            int label = RowWords.labelLength(words);
            ReportSyntax.Row row = new ReportSyntax.Row(RowWords.joined(words.subList(0, label), source),
                    List.copyOf(words.subList(label, words.size())), lineRange(r));
            if (table != null) {
                table.rows.add(row);
            }
        }

        private void prose(ReportParser.ProseContext p) {
            closeTable();
            Word text = trimmed(p.PROSE());
            if (sectionHeading == null) {
                ReportSyntax.HeaderField field = headerField(text);
                if (field != null) {
                    header.add(field);
                    return;
                }
            }
            blocks.add(new ReportSyntax.ProseLine(text, text.range()));
        }

        /** {@code 键：值} (full- or half-width colon) with a short key; otherwise null. */
        private ReportSyntax.@Nullable HeaderField headerField(Word line) {
            String s = line.text();
            int colon = -1;
            for (int i = 0; i < s.length() && i <= 12; i++) {
                char c = s.charAt(i);
                if (c == ':' || c == '：') {
                    colon = i;
                    break;
                }
            }
            if (colon <= 0) {
                return null;
            }
            int start = source.offset(line.range().start());
            String key = s.substring(0, colon).strip();
            int keyStart = start + s.indexOf(key);
            Word keyWord = new Word(key, source.range(keyStart, keyStart + key.length()));
            String rest = s.substring(colon + 1);
            String value = rest.strip();
            int valueStart = value.isEmpty() ? start + s.length() : start + colon + 1 + rest.indexOf(value);
            Word valueWord = new Word(value, source.range(valueStart, valueStart + value.length()));
            return new ReportSyntax.HeaderField(keyWord, valueWord, line.range());
        }

        private void closeTable() {
            if (table != null) {
                Range last = table.rows.isEmpty() ? table.headRange : table.rows.get(table.rows.size() - 1).range();
                blocks.add(new ReportSyntax.Table(table.name, List.copyOf(table.columns), List.copyOf(table.rows),
                        table.headRange, Range.covering(table.headRange, last)));
                table = null;
            }
        }

        private void closeSection() {
            Word heading = sectionHeading;
            Range headingRange = sectionHeadingRange;
            if (heading != null && headingRange != null) {
                Range range = new Range(headingRange.start(), lastContentEnd(headingRange));
                sections.add(new ReportSyntax.Section(heading, headingRange, List.copyOf(blocks), range));
            }
            sectionHeading = null;
        }

        /** The end of the section's last non-blank line (sections do not own trailing blank lines). */
        private Position lastContentEnd(Range headingRange) {
            Position end = headingRange.end();
            for (ReportSyntax.Block b : blocks) {
                if (b.range().end().compareTo(end) > 0) {
                    end = b.range().end();
                }
            }
            return end;
        }

        /** The range of a line's content, from its first to its last token (not the line break). */
        private Range lineRange(ParserRuleContext ctx) {
            Token first = ctx.start;
            Token last = first;
            for (int i = 0; i < ctx.getChildCount(); i++) {
                ParseTree child = ctx.getChild(i);
                if (child instanceof TerminalNode tn && isContent(tn.getSymbol())) {
                    last = tn.getSymbol();
                }
            }
            return Range.covering(word(first).range(), trimmedRange(last));
        }

        private boolean isContent(Token t) {
            return t.getType() != Token.EOF && t.getType() != ReportLexer.NL && t.getStartIndex() >= 0
                    && t.getStopIndex() >= t.getStartIndex();
        }

        /**
         * Whether a token was read from the text. Error recovery conjures the tokens a broken
         * line lacks (a table head without ']'); they have no place in the text.
         */
        private static boolean present(TerminalNode node) {
            return node != null && node.getSymbol().getStartIndex() >= 0;
        }

        private Range trimmedRange(Token t) {
            return trimmed(t).range();
        }

        private Word word(TerminalNode node) {
            return word(node.getSymbol());
        }

        private Word word(Token t) {
            if (t.getStopIndex() < t.getStartIndex()) {
                int at = source.utf16Offset(t.getStartIndex());
                return new Word("", source.range(at, at));
            }
            return new Word(t.getText(), source.rangeOfCodePoints(t.getStartIndex(), t.getStopIndex()));
        }

        private Word trimmed(TerminalNode node) {
            return trimmed(node.getSymbol());
        }

        /** A token's text without surrounding white space, and the range of what remains. */
        private Word trimmed(Token t) {
            Word w = word(t);
            String s = w.text();
            int begin = 0;
            int end = s.length();
            while (begin < end && isSpace(s.charAt(begin))) {
                begin++;
            }
            while (end > begin && isSpace(s.charAt(end - 1))) {
                end--;
            }
            int start = source.offset(w.range().start());
            return new Word(s.substring(begin, end), source.range(start + begin, start + end));
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
        }
    }

    private static final class TableBuilder {
        final @Nullable Word name;
        List<Word> columns;
        final Range headRange;
        final List<ReportSyntax.Row> rows = new ArrayList<>();
        /** The column names the first row gives if it is the header row of a pasted grid. */
        @Nullable List<Word> firstRowAsHeader;

        TableBuilder(@Nullable Word name, List<Word> columns, Range headRange) {
            this.name = name;
            this.columns = columns;
            this.headRange = headRange;
        }

        /**
         * A ruler line: in a Markdown table the line above it is the header. When the head line
         * named no columns and the ruler follows the first row, that row ({@code | 信息内容 |
         * 本年制发件数 | …}) names the columns, its first cell being the corner; it is no row.
         */
        void headerRowBeforeRuler() {
            List<Word> header = firstRowAsHeader;
            if (rows.size() == 1 && columns.isEmpty() && header != null && !header.isEmpty()) {
                columns = header;
                rows.clear();
            }
        }
    }
}
