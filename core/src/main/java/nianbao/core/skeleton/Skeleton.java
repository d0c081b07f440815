package nianbao.core.skeleton;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.Declared;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.text.DisplayWidth;
import org.jspecify.annotations.Nullable;

/**
 * Report text generated from a template: a whole table with every row at zero, a section, a
 * whole report. Used by quick fixes, snippets and {@code nianbao init}.
 */
public final class Skeleton {

    private Skeleton() {
    }

    /** The name a clerk would type for a row or column: its first alias, else its label. */
    public static String preferredName(Declared d) {
        return d.shortName();
    }

    /** Row lines for some rows of a table, every value 0, aligned like {@link #table}. */
    public static List<String> rowLines(TableDef table, List<RowDef> rows) {
        int labelWidth = labelWidth(table);
        List<String> lines = new ArrayList<>();
        for (RowDef r : rows) {
            lines.add(row(table, r, labelWidth));
        }
        return lines;
    }

    /** The value to write in a generated cell; null writes 0. */
    @FunctionalInterface
    public interface Values {
        java.math.@Nullable BigDecimal of(RowDef row, ColumnDef column);

        Values ZERO = (r, c) -> null;
    }

    /** A whole table: head line with column names, then every value row at 0. */
    public static String table(TableDef table) {
        return table(table, Values.ZERO);
    }

    /** A whole table with the given values (0 where none is given). */
    public static String table(TableDef table, Values values) {
        int labelWidth = labelWidth(table);
        StringBuilder sb = new StringBuilder();
        StringBuilder head = new StringBuilder(DisplayWidth.pad("[" + table.label() + "]", labelWidth));
        for (ColumnDef c : table.columns()) {
            head.append("  ").append(preferredColumn(c));
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (RowDef r : table.valueRows()) {
            sb.append(row(table, r, labelWidth, values)).append('\n');
        }
        return sb.toString();
    }

    /** A section heading with its tables (or an empty line for prose). */
    public static String section(SectionDef section) {
        StringBuilder sb = new StringBuilder("# ").append(section.label()).append('\n');
        for (String line : section.boilerplate()) {
            sb.append(line).append('\n');
        }
        for (TableDef t : section.tables()) {
            sb.append('\n').append(table(t));
        }
        return sb.toString();
    }

    /** A whole report: header fields then every section. */
    public static String report(Template template, @Nullable String agency, @Nullable Integer year) {
        StringBuilder sb = new StringBuilder();
        for (FieldDef f : template.fields()) {
            String value = switch (f.kind()) {
                case YEAR -> year == null ? "" : String.valueOf(year);
                case AGENCY -> agency == null ? "" : agency;
                case TITLE -> "";
                case TEXT -> f.id().equals(ReportBinder.TEMPLATE_FIELD) ? template.id() : "";
                case PREVIOUS_REPORT, LEVEL -> null;
            };
            if (value == null) {
                continue;
            }
            sb.append(f.id()).append('：').append(value).append('\n');
        }
        sb.append('\n');
        for (SectionDef s : template.sections()) {
            sb.append(section(s)).append('\n');
        }
        return sb.toString();
    }

    private static String row(TableDef table, RowDef r, int labelWidth) {
        return row(table, r, labelWidth, Values.ZERO);
    }

    private static String row(TableDef table, RowDef r, int labelWidth, Values values) {
        StringBuilder line = new StringBuilder(DisplayWidth.pad(preferredName(r), labelWidth));
        for (ColumnDef c : table.columns()) {
            java.math.BigDecimal v = values.of(r, c);
            String text = v == null ? "0" : v.stripTrailingZeros().toPlainString();
            line.append("  ").append(DisplayWidth.pad(text, DisplayWidth.of(preferredColumn(c))));
        }
        return line.toString().stripTrailing();
    }

    private static String preferredColumn(ColumnDef c) {
        return c.label();
    }

    private static int labelWidth(TableDef table) {
        int w = DisplayWidth.of("[" + table.label() + "]");
        for (RowDef r : table.valueRows()) {
            w = Math.max(w, DisplayWidth.of(preferredName(r)));
        }
        return w;
    }
}
