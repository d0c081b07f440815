package nianbao.core.features;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.model.Report;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.SourceText;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/** Finds what stands at a line or position, in the syntax tree and in the bound report. */
final class Locations {

    private Locations() {
    }

    /** The section whose heading is at or above a line, or null (header, preamble). */
    static ReportSyntax.@Nullable Section sectionAt(ReportSyntax syntax, int line) {
        ReportSyntax.Section found = null;
        for (ReportSyntax.Section s : syntax.sections()) {
            if (s.headingRange().start().line() <= line) {
                found = s;
            }
        }
        return found;
    }

    /** Every table block, preamble first, in file order. */
    static List<ReportSyntax.Table> tables(ReportSyntax syntax) {
        List<ReportSyntax.Table> out = new ArrayList<>();
        for (ReportSyntax.Block b : syntax.preamble()) {
            if (b instanceof ReportSyntax.Table t) {
                out.add(t);
            }
        }
        for (ReportSyntax.Section s : syntax.sections()) {
            for (ReportSyntax.Block b : s.blocks()) {
                if (b instanceof ReportSyntax.Table t) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The table whose head or rows stand on a line, or null. */
    static ReportSyntax.@Nullable Table tableAt(ReportSyntax syntax, int line) {
        for (ReportSyntax.Table t : tables(syntax)) {
            if (t.range().start().line() <= line && line <= t.range().end().line()) {
                return t;
            }
        }
        return null;
    }

    /** The row on a line of a table, or null. */
    static ReportSyntax.@Nullable Row rowAt(ReportSyntax.Table table, int line) {
        for (ReportSyntax.Row r : table.rows()) {
            if (r.range().start().line() == line) {
                return r;
            }
        }
        return null;
    }

    /** The bound table of a table block, or null. */
    @SuppressWarnings("ReferenceEquality") // identity: the bound record of this very syntax node, not of an equal one elsewhere in the text
    static @Nullable ReportTable bound(Report report, ReportSyntax.Table table) {
        for (ReportTable t : report.tables()) {
            if (t.syntax() == table) {
                return t;
            }
        }
        return null;
    }

    /** The bound section of a section block, or null. */
    @SuppressWarnings("ReferenceEquality") // identity: the bound record of this very syntax node, not of an equal one elsewhere in the text
    static @Nullable ReportSection bound(Report report, ReportSyntax.Section section) {
        for (ReportSection s : report.sections()) {
            if (s.syntax() == section) {
                return s;
            }
        }
        return null;
    }

    /** Whether a word covers a position (its end included, where a caret after the word stands). */
    static boolean covers(@Nullable Word w, Position p) {
        return w != null && w.range().contains(p);
    }

    static boolean covers(@Nullable Range r, Position p) {
        return r != null && r.contains(p);
    }

    /**
     * Whether a word is text of the document. The parser's error recovery can conjure a missing
     * token ({@code <missing TEXT>}) whose range spans unrelated lines; features skip such words.
     */
    static boolean genuine(SourceText source, Word w) {
        return w != null && w.range().start().line() == w.range().end().line()
                && source.slice(w.range()).equals(w.text());
    }

    /** White space as the report lexer sees it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    /** The number of leading white-space characters of a line. */
    static int indent(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The length of a line without trailing white space. */
    static int contentEnd(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
