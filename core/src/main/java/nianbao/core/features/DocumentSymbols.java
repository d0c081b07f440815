package nianbao.core.features;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.model.Report;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.Declared;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * The outline: header fields, then sections → tables → rows. Built from the syntax tree, so a
 * file that does not parse still has one; the bound report only adds official labels as detail.
 */
public final class DocumentSymbols {

    private DocumentSymbols() {
    }

    public static List<OutlineSymbol> of(Analysis analysis) {
        ReportSyntax syntax = analysis.syntax();
        Report report = analysis.report();
        List<OutlineSymbol> out = new ArrayList<>();
        for (ReportSyntax.HeaderField f : syntax.header()) {
            out.add(new OutlineSymbol(f.key().text(), f.value().text(), OutlineSymbol.Kind.FIELD, f.range(),
                    f.key().range(), List.of()));
        }
        out.addAll(tables(report, syntax.preamble()));
        for (ReportSyntax.Section s : syntax.sections()) {
            ReportSection bound = report == null ? null : Locations.bound(report, s);
            boolean named = Locations.genuine(syntax.source(), s.heading()) && !s.heading().text().isEmpty();
            String name = named ? s.heading().text() : "（无标题）";
            int line = s.headingRange().start().line();
            Range selection = named ? s.heading().range()
                    : Range.of(line, 0, line, Locations.contentEnd(syntax.source().line(line)));
            Range range = new Range(min(selection.start(), s.range().start()), max(selection.end(), s.range().end()));
            out.add(new OutlineSymbol(name, detail(s.heading(), bound == null ? null : bound.def()),
                    OutlineSymbol.Kind.SECTION, range, selection, tables(report, s.blocks())));
        }
        return out;
    }

    @SuppressWarnings("ReferenceEquality") // identity: the bound record of this very syntax node, not of an equal one elsewhere in the text
    private static List<OutlineSymbol> tables(Report report, List<ReportSyntax.Block> blocks) {
        List<OutlineSymbol> out = new ArrayList<>();
        for (ReportSyntax.Block b : blocks) {
            if (!(b instanceof ReportSyntax.Table t)) {
                continue;
            }
            ReportTable bound = report == null ? null : Locations.bound(report, t);
            List<OutlineSymbol> rows = new ArrayList<>();
            for (ReportSyntax.Row r : t.rows()) {
                Declared def = null;
                if (bound != null) {
                    for (ReportRow br : bound.rows()) {
                        if (br.syntax() == r) {
                            def = br.def();
                        }
                    }
                }
                rows.add(new OutlineSymbol(r.label().text(), detail(r.label(), def), OutlineSymbol.Kind.ROW, r.range(),
                        r.label().range(), List.of()));
            }
            String name = t.name() == null ? "（表名缺失）" : "[" + t.name().text() + "]";
            out.add(new OutlineSymbol(name, detail(t.name(), bound == null ? null : bound.def()),
                    OutlineSymbol.Kind.TABLE, t.range(), t.name() == null ? t.headRange() : t.name().range(),
                    List.copyOf(rows)));
        }
        return out;
    }

    private static Position min(Position a, Position b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Position max(Position a, Position b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String detail(@Nullable Word written, @Nullable Declared def) {
        return def == null || written == null || def.label().equals(written.text()) ? "" : def.label();
    }
}
