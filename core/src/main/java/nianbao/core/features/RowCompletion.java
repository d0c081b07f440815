package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import org.jspecify.annotations.Nullable;

/**
 * At the label of a table row: the rows of the table not yet written and the groups (标题行)
 * that hold some of them, in template order. Each is listed by the name it inserts (the short
 * name a clerk types), the official label beside it. On a line with no cells yet, a row comes
 * with its cells, laid out as the formatter lays out the table, one tab stop per cell. A group
 * inserts its name and asks the editor to complete again: a label that names a group is then
 * answered with the rows of that group.
 */
final class RowCompletion {

    private RowCompletion() {
    }

    static List<CompletionItem> items(CompletionCaret c) {
        ReportSyntax.Table table = c.table();
        if (table == null) {
            return List.of();
        }
        ReportTable bound = Locations.bound(c.report(), table);
        if (bound == null || bound.def() == null) {
            return List.of();
        }
        TableDef def = bound.def();
        Set<RowDef> written = new HashSet<>();
        for (ReportRow r : bound.rows()) {
            if (r.def() != null && r.syntax().range().start().line() != c.line()) {
                written.add(r.def());
            }
        }
        String text = c.text();
        int labelEnd = c.indent();
        while (labelEnd < text.length() && !Locations.isSpace(text.charAt(labelEnd))) {
            labelEnd++;
        }
        String word = text.substring(c.indent(), labelEnd);
        RowDef group = group(def, word);
        // A line that holds nothing but the label gets a whole row; otherwise only the label changes.
        boolean wholeRow = text.substring(labelEnd).isBlank();
        Range range = wholeRow ? c.range(c.indent(), Locations.contentEnd(text)) : c.range(c.indent(), labelEnd);
        int[] widths = wholeRow ? Formatter.widths(c.syntax(), table, c.line()) : null;
        int cells = table.columns().isEmpty() ? def.columns().size() : table.columns().size();

        List<CompletionItem> out = new ArrayList<>();
        List<RowDef> rows = def.rows();
        List<RowDef> offered = group != null ? group.valueDescendants() : def.valueRows();
        for (int i = 0; i < rows.size(); i++) {
            RowDef r = rows.get(i);
            if (r.holdsValues() && offered.contains(r) && !written.contains(r)) {
                String name = Skeleton.preferredName(r);
                String insert = wholeRow ? Snippets.row(name, widths == null ? new int[0] : widths, cells) : name;
                out.add(new CompletionItem(name, detail(r, def), insert,
                        Completion.filterText(group != null ? word : "", r.names()), CompletionItem.Kind.ROW,
                        Completion.sortText(i), wholeRow, range));
            } else if (group == null && r.heading() && missing(r, written) > 0) {
                String name = r.shortName();
                out.add(new CompletionItem(name, r.label() + "：其下 " + missing(r, written) + " 行未写", name,
                        Completion.filterText("", r.names()), CompletionItem.Kind.ROW_GROUP, Completion.sortText(i),
                        false, c.range(c.indent(), labelEnd), true));
            }
        }
        boolean restWritten = bound.rows().stream()
                .anyMatch(r -> r.rest() && r.syntax().range().start().line() != c.line());
        if (group == null && !out.isEmpty() && !restWritten) {
            // The language's own line for "every row not written is 0" (not a template name).
            String rest = ReportBinder.REST_LABEL + " 0";
            out.add(new CompletionItem(rest, "未写出的行各项都为 0", rest, Completion.filterText("", List.of(rest)),
                    CompletionItem.Kind.ROW, Completion.sortText(rows.size()), false, c.range(c.indent(), labelEnd)));
        }
        return out;
    }

    /** The official label, after the group it belongs to. */
    private static String detail(RowDef r, TableDef table) {
        return (r.parent() != null ? r.parent().label() : table.label()) + " · " + r.label();
    }

    /** The heading row the label names, if it names one. */
    private static @Nullable RowDef group(TableDef def, String word) {
        if (word.isEmpty()) {
            return null;
        }
        return def.rowIndex().lookup(word) instanceof NameIndex.Found<RowDef> f && f.thing().heading() ? f.thing()
                : null;
    }

    private static int missing(RowDef group, Set<RowDef> written) {
        int n = 0;
        for (RowDef r : group.valueDescendants()) {
            if (!written.contains(r)) {
                n++;
            }
        }
        return n;
    }
}
