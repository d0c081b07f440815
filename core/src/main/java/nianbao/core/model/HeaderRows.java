package nianbao.core.model;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.TableDef;
import nianbao.core.text.NameIndex;
import nianbao.core.text.Names;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * The header rows of a table pasted whole from a web page or a Word file, under a head line that
 * names no columns: {@code | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |}, or the three
 * header lines of table 三 ({@code | （本列数据的勾稽关系为：…） | 申请人情况 |}, {@code | 自然人 |
 * 法人或其他组织 | 总计 |}, {@code | 商业企业 | 科研机构 | … | 其他 |}). They are no rows: the
 * template gives the columns, in its order.
 *
 * <p>A leading row is such a header row when each of its words is a name the template gives the
 * table's header: a column or a column group (法人或其他组织, 申请人情况), or, first in the row, the
 * header cell above the row labels (行头, 信息内容) or the table's note (说明). The columns and groups
 * must come in the template's order, so that a header in another order ({@code 总计 自然人 …}) is
 * never read as the template's: it stays a row the template does not know, and is reported.
 */
final class HeaderRows {

    private HeaderRows() {
    }

    /** How many of the table's first rows are header rows (0 when its head line names the columns). */
    static int count(ReportSyntax.Table t, TableDef def) {
        if (!t.columns().isEmpty()) {
            return 0;
        }
        int n = 0;
        while (n < t.rows().size() && isHeader(t.rows().get(n), def)) {
            n++;
        }
        return n;
    }

    private static boolean isHeader(ReportSyntax.Row row, TableDef def) {
        int after = -1; // the last column covered by the words so far
        boolean named = false;
        boolean first = true;
        for (Word w : words(row)) {
            if (w.text().isEmpty()) {
                continue;
            }
            int[] span = span(def, w.text());
            if (span == null) {
                if (!first || !isCorner(def, w.text())) {
                    return false;
                }
            } else {
                if (span[0] <= after) {
                    return false;
                }
                after = span[1];
                named = true;
            }
            first = false;
        }
        return named;
    }

    private static List<Word> words(ReportSyntax.Row row) {
        List<Word> words = new ArrayList<>(row.cells().size() + 1);
        words.add(row.label());
        words.addAll(row.cells());
        return words;
    }

    /** The first and last column a header word covers: a column, or a group's columns; null if neither. */
    private static int @Nullable [] span(TableDef def, String written) {
        List<ColumnDef> columns = def.columns();
        NameIndex.Lookup<ColumnDef> c = def.columnIndex().lookup(written);
        if (c instanceof NameIndex.Found<ColumnDef> f) {
            int i = columns.indexOf(f.thing());
            return new int[] {i, i};
        }
        String name = Names.normalize(written);
        for (ColumnGroup g : def.groups()) {
            if (!names(g.names(), name)) {
                continue;
            }
            int from = -1;
            int to = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).groups().contains(g)) {
                    from = from < 0 ? i : from;
                    to = i;
                }
            }
            return from < 0 ? null : new int[] {from, to};
        }
        return null;
    }

    /** The header cell above the row labels (行头), or the table's note (说明), as pasted. */
    private static boolean isCorner(TableDef def, String written) {
        String folded = Names.fold(written);
        return (!def.rowHeader().isEmpty() && folded.equals(Names.fold(def.rowHeader())))
                || (!def.description().isEmpty() && folded.contains(Names.fold(def.description())));
    }

    private static boolean names(List<String> names, String normalized) {
        for (String n : names) {
            if (Names.normalize(n).equals(normalized)) {
                return true;
            }
        }
        return false;
    }
}
