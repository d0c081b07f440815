package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.TableDef;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;

/** Table names inside {@code [}, and whole tables as snippets on an empty line of a section. */
final class TableCompletion {

    private TableCompletion() {
    }

    /** Inside {@code [}: the tables of the section by name, then each as a whole-table snippet. */
    static List<CompletionItem> names(CompletionCaret c) {
        String text = c.text();
        int start = c.indent() + 1;
        while (start < text.length() && Locations.isSpace(text.charAt(start))) {
            start++;
        }
        int close = -1;
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == ']' || text.charAt(i) == '】') {
                close = i;
                break;
            }
        }
        Range range = c.range(start, close >= 0 ? close : Locations.contentEnd(text));
        List<CompletionItem> out = new ArrayList<>();
        List<TableDef> candidates = notWritten(c);
        for (int i = 0; i < candidates.size(); i++) {
            TableDef t = candidates.get(i);
            out.add(new CompletionItem(t.label(), t.section().label(), t.label() + (close >= 0 ? "" : "]"),
                    Completion.filterText("", t.names()), CompletionItem.Kind.TABLE, Completion.sortText(i), false,
                    range));
        }
        if (close < 0 && text.substring(c.caret()).isBlank()) {
            out.addAll(snippets(c, "["));
        }
        return out;
    }

    /** On an empty line (or one short word) of a section: each table not yet written, with zeros. */
    static List<CompletionItem> snippets(CompletionCaret c) {
        return snippets(c, "");
    }

    private static List<CompletionItem> snippets(CompletionCaret c, String filterPrefix) {
        Range range = c.range(c.indent(), Locations.contentEnd(c.text()));
        List<CompletionItem> out = new ArrayList<>();
        List<TableDef> candidates = notWritten(c);
        for (int i = 0; i < candidates.size(); i++) {
            TableDef t = candidates.get(i);
            out.add(new CompletionItem("[" + t.label() + "] 整表", t.valueRows().size() + " 行，各项为 0",
                    Snippets.table(t), Completion.filterText(filterPrefix, t.names()), CompletionItem.Kind.SNIPPET,
                    Completion.sortText(1000 + i), true, range));
        }
        return out;
    }

    /** The tables of the caret's section (of the whole template outside a known one), not yet written. */
    private static List<TableDef> notWritten(CompletionCaret c) {
        ReportSyntax.Section section = Locations.sectionAt(c.syntax(), c.line());
        ReportSection bound = section == null ? null : Locations.bound(c.report(), section);
        List<TableDef> all = bound != null && bound.def() != null ? bound.def().tables()
                : c.report().template().tables();
        Set<TableDef> written = new HashSet<>();
        for (ReportTable t : c.report().tables()) {
            if (t.def() != null && t.syntax().headRange().start().line() != c.line()) {
                written.add(t.def());
            }
        }
        return all.stream().filter(t -> !written.contains(t)).toList();
    }
}
