package nianbao.core.features;

import nianbao.core.model.Report;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import org.jspecify.annotations.Nullable;

/**
 * Where the caret stands, for completion: the caret's line and what it is (a heading, a table
 * head, a row, the header…), with the report as bound. {@link #kind()} classifies; one provider
 * per kind ({@link RowCompletion}, {@link ColumnCompletion}, {@link SectionCompletion},
 * {@link TableCompletion}, {@link HeaderCompletion}) makes the candidates.
 *
 * @param text   the caret's line as the document has it (the syntax may be read with a placeholder)
 * @param caret  the caret's character on the line, clamped to it
 * @param indent where the line's content starts
 * @param typed  the content from its start to the caret
 */
record CompletionCaret(Report report, ReportSyntax syntax, TemplateResolver templates, int line, String text,
        int caret, int indent, String typed) {

    /** What the caret's line calls for. */
    enum Kind { NOTHING, HEADING, TABLE_NAME, COLUMN, HEADER, ROW, TABLE_SNIPPET }

    /** The longest word, in characters, still taken for a table name being typed rather than prose. */
    private static final int SHORT_WORD = 12;

    static CompletionCaret of(Report report, ReportSyntax syntax, String text, Position position,
            TemplateResolver templates) {
        int caret = Math.max(0, Math.min(position.character(), text.length()));
        int indent = Locations.indent(text);
        String typed = caret <= indent ? "" : text.substring(indent, caret);
        return new CompletionCaret(report, syntax, templates, position.line(), text, caret, indent, typed);
    }

    Kind kind() {
        if (typed.startsWith("//")) {
            return Kind.NOTHING;
        }
        if (typed.startsWith("#")) {
            return Kind.HEADING;
        }
        if (typed.startsWith("[") || typed.startsWith("【")) {
            return typed.contains("]") || typed.contains("】") ? Kind.COLUMN : Kind.TABLE_NAME;
        }
        int firstHeading = syntax.sections().isEmpty() ? Integer.MAX_VALUE
                : syntax.sections().get(0).headingRange().start().line();
        if (line < firstHeading) {
            return Kind.HEADER;
        }
        if (table() != null) {
            return hasSpace(typed) ? Kind.NOTHING : Kind.ROW;
        }
        // On an empty line, or one short word (the start of a table name, not a paragraph being
        // written), offer the tables not yet written.
        String content = text.strip();
        if (content.isEmpty() || (!hasSpace(content) && content.codePointCount(0, content.length()) <= SHORT_WORD)) {
            return Kind.TABLE_SNIPPET;
        }
        return Kind.NOTHING;
    }

    /** The table the line belongs to: a row or head of one, or an empty line right after one. */
    ReportSyntax.@Nullable Table table() {
        ReportSyntax.Table t = Locations.tableAt(syntax, line);
        if (t != null) {
            return t;
        }
        if (text.isBlank() && line > 0) {
            t = Locations.tableAt(syntax, line - 1);
            if (t != null && t.range().end().line() == line - 1) {
                return t;
            }
        }
        return null;
    }

    /** A range on the caret's line, widened to hold the caret: editors drop items whose range does not. */
    Range range(int startChar, int endChar) {
        int start = Math.min(startChar, caret);
        return Range.of(line, start, line, Math.max(Math.max(endChar, caret), start));
    }

    static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Locations.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
