package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;

/** In a table head after {@code ]}: the columns of the table not yet named. */
final class ColumnCompletion {

    private ColumnCompletion() {
    }

    static List<CompletionItem> items(CompletionCaret c) {
        ReportSyntax.Table table = Locations.tableAt(c.syntax(), c.line());
        if (table == null || table.headRange().start().line() != c.line()) {
            return List.of();
        }
        ReportTable bound = Locations.bound(c.report(), table);
        if (bound == null || bound.def() == null) {
            return List.of();
        }
        String text = c.text();
        int start = c.caret();
        while (start > c.indent() && !Locations.isSpace(text.charAt(start - 1)) && text.charAt(start - 1) != ']'
                && text.charAt(start - 1) != '】') {
            start--;
        }
        int end = c.caret();
        while (end < text.length() && !Locations.isSpace(text.charAt(end))) {
            end++;
        }
        Set<ColumnDef> written = new HashSet<>();
        for (ColumnSlot slot : bound.columns()) {
            if (slot.written() != null && slot.def() != null
                    && slot.written().range().start().character() != start) {
                written.add(slot.def());
            }
        }
        Range range = c.range(start, end);
        List<CompletionItem> out = new ArrayList<>();
        List<ColumnDef> columns = bound.def().columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef col = columns.get(i);
            if (!written.contains(col)) {
                out.add(new CompletionItem(col.label(), detail(col), col.label(), Completion.filterText("", col.names()),
                        CompletionItem.Kind.COLUMN, Completion.sortText(i), false, range));
            }
        }
        return out;
    }

    private static String detail(ColumnDef c) {
        List<String> parts = new ArrayList<>();
        for (ColumnGroup g : c.groups()) {
            parts.add(g.label());
        }
        if (!c.unit().isEmpty()) {
            parts.add("单位：" + c.unit());
        }
        return String.join(" · ", parts);
    }
}
