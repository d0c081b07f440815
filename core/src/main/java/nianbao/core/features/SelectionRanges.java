package nianbao.core.features;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.SourceText;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * Selection ranges ("expand selection"): from the word at the caret (a cell, a label, a column
 * name, a header value) to its line (the row, the table head, the header field), the table or
 * the header, the section, and the whole document. Read from the syntax tree only, so it works on
 * a file that does not parse.
 */
public final class SelectionRanges {

    private SelectionRanges() {
    }

    /** The ranges around a position, innermost first, each strictly inside the next; never empty. */
    public static List<Range> at(Analysis analysis, Position caret) {
        ReportSyntax syntax = analysis.syntax();
        SourceText source = syntax.source();
        List<Range> chain = new ArrayList<>();
        List<ReportSyntax.HeaderField> header = syntax.header();
        for (ReportSyntax.HeaderField f : header) {
            if (f.range().contains(caret)) {
                word(chain, source, caret, f.key(), f.value());
                chain.add(f.range());
                chain.add(Range.covering(header.get(0).range(), header.get(header.size() - 1).range()));
            }
        }
        blocks(chain, source, caret, syntax.preamble());
        for (ReportSyntax.Section s : syntax.sections()) {
            if (!s.range().contains(caret)) {
                continue;
            }
            if (s.headingRange().contains(caret)) {
                word(chain, source, caret, s.heading());
                chain.add(s.headingRange());
            } else {
                blocks(chain, source, caret, s.blocks());
            }
            chain.add(s.range());
            break;
        }
        chain.add(source.range(0, source.text().length()));
        return nested(chain);
    }

    private static void blocks(List<Range> chain, SourceText source, Position caret, List<ReportSyntax.Block> blocks) {
        for (ReportSyntax.Block b : blocks) {
            if (!b.range().contains(caret)) {
                continue;
            }
            if (b instanceof ReportSyntax.Table t) {
                table(chain, source, caret, t);
            } else if (b instanceof ReportSyntax.ProseLine p) {
                word(chain, source, caret, p.text());
            } else if (b instanceof ReportSyntax.SubHeading h) {
                word(chain, source, caret, h.text());
            }
            chain.add(b.range());
            return;
        }
    }

    private static void table(List<Range> chain, SourceText source, Position caret, ReportSyntax.Table t) {
        if (t.headRange().contains(caret)) {
            word(chain, source, caret, t.name());
            word(chain, source, caret, t.columns().toArray(new Word[0]));
            chain.add(t.headRange());
            return;
        }
        for (ReportSyntax.Row r : t.rows()) {
            if (r.range().contains(caret)) {
                word(chain, source, caret, r.label());
                word(chain, source, caret, r.cells().toArray(new Word[0]));
                chain.add(r.range());
                return;
            }
        }
    }

    /** The first genuine word that covers the caret, if any. */
    private static void word(List<Range> chain, SourceText source, Position caret, @Nullable Word... words) {
        for (Word w : words) {
            if (Locations.covers(w, caret) && Locations.genuine(source, w)) {
                chain.add(w.range());
                return;
            }
        }
    }

    /** The chain with every range that does not strictly contain the one before it left out. */
    private static List<Range> nested(List<Range> chain) {
        List<Range> out = new ArrayList<>();
        for (Range r : chain) {
            if (out.isEmpty()) {
                out.add(r);
                continue;
            }
            Range inner = out.get(out.size() - 1);
            boolean contains = r.start().compareTo(inner.start()) <= 0 && inner.end().compareTo(r.end()) <= 0;
            if (contains && !r.equals(inner)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
