package nianbao.core.features;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.ReportSyntaxParser;
import nianbao.syntax.SourceText;

/**
 * Quick fixes that insert cells into a table row (the missing number of a short row, 补上) as an
 * editor offers them: the whole row laid out as the formatter lays out its table, so the number
 * stands under its column instead of two spaces from its neighbour. Other fixes are left as the
 * checks made them.
 */
public final class AlignedFixes {

    private AlignedFixes() {
    }

    /** The findings of an analysis, each fix that inserts cells into a row replaced by an aligned one. */
    public static List<Diagnostic> of(Analysis analysis) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            if (d.fixes().stream().anyMatch(f -> insertsCells(analysis.syntax().source(), f) >= 0)) {
                List<Diagnostic.Fix> fixes = new ArrayList<>();
                for (Diagnostic.Fix f : d.fixes()) {
                    fixes.add(aligned(analysis.syntax(), f));
                }
                out.add(d.withFixes(fixes));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /** The fix with the row it inserts into laid out as the formatter would, or the fix itself. */
    static Diagnostic.Fix aligned(ReportSyntax syntax, Diagnostic.Fix fix) {
        SourceText source = syntax.source();
        int line = insertsCells(source, fix);
        ReportSyntax.Table table = line < 0 ? null : Locations.tableAt(syntax, line);
        if (table == null || table.headRange().start().line() == line || Locations.rowAt(table, line) == null) {
            return fix; // only a row of a table, not its head
        }
        String after = TextEdits.apply(source.text(), fix.edits());
        ReportSyntax fixed = ReportSyntaxParser.parse(after);
        Range row = Range.of(line, 0, line, 0);
        String laidOut = new SourceText(after).line(line);
        for (Diagnostic.Edit e : Formatter.format(fixed, row)) {
            if (e.range().start().line() == line) {
                laidOut = e.newText();
            }
        }
        if (Formatter.nonSpace(laidOut).equals(Formatter.nonSpace(new SourceText(after).line(line)))) {
            return new Diagnostic.Fix(fix.title(), List.of(new Diagnostic.Edit(
                    Range.of(line, 0, line, source.line(line).length()), laidOut)));
        }
        return fix;
    }

    /** The line a fix inserts cells into (one insertion of numbers and spaces, no line break), or -1. */
    private static int insertsCells(SourceText source, Diagnostic.Fix fix) {
        if (fix.edits().size() != 1) {
            return -1;
        }
        Diagnostic.Edit e = fix.edits().get(0);
        int line = e.range().start().line();
        boolean insertion = e.range().start().equals(e.range().end());
        // cells inserted: numbers set apart by spaces, nothing else
        String t = e.newText();
        if (!insertion || !t.matches("[ \\t]*[0-9][0-9 \\t.-]*") || t.strip().equals(t) || line >= source.lineCount()) {
            return -1;
        }
        return line;
    }
}
