package nianbao.core.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.model.CellValue;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.Word;

/**
 * Semantic tokens: headings, sub-headings and point ordinals of the prose, table and column
 * names, row labels, numbers and blank cells, header keys and values, comments. Sorted, never
 * overlapping, in UTF-16 code units.
 */
public final class SemanticTokens {

    /** The token types in the order their ordinals index them: the legend a server announces. */
    public static final List<String> LEGEND = Arrays.stream(SemanticToken.Type.values())
            .map(SemanticToken.Type::lspName).toList();

    private SemanticTokens() {
    }

    public static List<SemanticToken> of(Analysis analysis) {
        ReportSyntax syntax = analysis.syntax();
        List<SemanticToken> out = new ArrayList<>();
        for (ReportSyntax.HeaderField f : syntax.header()) {
            add(out, f.key().range(), SemanticToken.Type.HEADER_KEY);
            add(out, f.value().range(), SemanticToken.Type.HEADER_VALUE);
        }
        content(out, analysis.report().preamble());
        for (ReportSection s : analysis.report().sections()) {
            add(out, s.syntax().headingRange(), SemanticToken.Type.HEADING);
            content(out, s.content());
        }
        for (Word c : syntax.comments()) {
            add(out, c.range(), SemanticToken.Type.COMMENT);
        }
        out.sort(Comparator.comparingInt(SemanticToken::line).thenComparingInt(SemanticToken::startChar));
        return out;
    }

    private static void content(List<SemanticToken> out, List<Content> content) {
        for (Content c : content) {
            if (c instanceof Prose p) {
                if (p.kind() == Prose.Kind.SUBHEADING) {
                    add(out, p.range(), SemanticToken.Type.SUBHEADING);
                } else if (p.kind() == Prose.Kind.POINT && !p.ordinal().isEmpty()) {
                    var start = p.text().range().start();
                    out.add(new SemanticToken(start.line(), start.character(), p.ordinal().length(),
                            SemanticToken.Type.POINT_ORDINAL));
                }
            } else if (c instanceof ReportTable t) {
                table(out, t.syntax());
            }
        }
    }

    private static void table(List<SemanticToken> out, ReportSyntax.Table t) {
        if (t.name() != null) {
            add(out, t.name().range(), SemanticToken.Type.TABLE_NAME);
        }
        for (Word w : t.columns()) {
            add(out, w.range(), SemanticToken.Type.COLUMN_NAME);
        }
        for (ReportSyntax.Row r : t.rows()) {
            add(out, r.label().range(), SemanticToken.Type.ROW_LABEL);
            for (Word w : r.cells()) {
                CellValue v = CellValue.parse(w.text());
                if (v.kind() == CellValue.Kind.NUMBER) {
                    add(out, w.range(), SemanticToken.Type.NUMBER);
                } else if (v.kind() == CellValue.Kind.BLANK) {
                    add(out, w.range(), SemanticToken.Type.BLANK_CELL);
                }
            }
        }
    }

    private static void add(List<SemanticToken> out, Range r, SemanticToken.Type type) {
        if (r.start().line() == r.end().line() && r.end().character() > r.start().character()) {
            out.add(new SemanticToken(r.start().line(), r.start().character(),
                    r.end().character() - r.start().character(), type));
        }
    }

    /**
     * The LSP wire form: five integers per token (line delta, start delta, length, type index,
     * modifiers), each position relative to the previous token.
     */
    @SuppressWarnings("EnumOrdinal") // LSP names a token type by its index in LEGEND, built from values()
    public static int[] encode(List<SemanticToken> tokens) {
        int[] data = new int[tokens.size() * 5];
        int line = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SemanticToken t = tokens.get(i);
            int dl = t.line() - line;
            data[i * 5] = dl;
            data[i * 5 + 1] = dl == 0 ? t.startChar() - start : t.startChar();
            data[i * 5 + 2] = t.length();
            data[i * 5 + 3] = t.type().ordinal();
            data[i * 5 + 4] = 0;
            line = t.line();
            start = t.startChar();
        }
        return data;
    }
}
