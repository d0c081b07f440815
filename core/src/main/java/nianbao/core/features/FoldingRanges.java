package nianbao.core.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.SourceText;
import nianbao.syntax.Word;

/**
 * Folding: each section, each sub-heading up to the next, each table, and each run of two or
 * more whole-line comments. Read from the syntax tree only, so a broken file still folds.
 */
public final class FoldingRanges {

    private FoldingRanges() {
    }

    public static List<Fold> of(Analysis analysis) {
        return of(analysis.syntax());
    }

    public static List<Fold> of(ReportSyntax syntax) {
        List<Fold> out = new ArrayList<>();
        blocks(out, syntax.preamble());
        for (ReportSyntax.Section s : syntax.sections()) {
            add(out, s.range().start().line(), s.range().end().line(), Fold.Kind.REGION);
            blocks(out, s.blocks());
        }
        comments(out, syntax);
        out.sort(Comparator.comparingInt(Fold::startLine).thenComparing(f -> -f.endLine()));
        return out;
    }

    private static void blocks(List<Fold> out, List<ReportSyntax.Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            ReportSyntax.Block b = blocks.get(i);
            if (b instanceof ReportSyntax.Table t) {
                add(out, t.range().start().line(), t.range().end().line(), Fold.Kind.REGION);
            } else if (b instanceof ReportSyntax.SubHeading h) {
                int end = h.range().end().line();
                for (int j = i + 1; j < blocks.size(); j++) {
                    if (blocks.get(j) instanceof ReportSyntax.SubHeading next && next.level() <= h.level()) {
                        break;
                    }
                    end = blocks.get(j).range().end().line();
                }
                add(out, h.range().start().line(), end, Fold.Kind.REGION);
            }
        }
    }

    /** Runs of consecutive lines that hold nothing but a comment. */
    private static void comments(List<Fold> out, ReportSyntax syntax) {
        SourceText source = syntax.source();
        int start = -1;
        int last = -2;
        for (Word c : syntax.comments()) {
            int line = c.range().start().line();
            boolean wholeLine = c.range().start().character() == Locations.indent(source.line(line));
            if (!wholeLine) {
                continue;
            }
            if (line != last + 1) {
                add(out, start, last, Fold.Kind.COMMENT);
                start = line;
            }
            last = line;
        }
        add(out, start, last, Fold.Kind.COMMENT);
    }

    private static void add(List<Fold> out, int start, int end, Fold.Kind kind) {
        if (start >= 0 && end > start) {
            out.add(new Fold(start, end, kind));
        }
    }
}
