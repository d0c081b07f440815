package nianbao.core.template;

import java.util.List;
import nianbao.syntax.Range;

/** A column of a table: what each of its cells counts, in which unit, of which kind. */
public final class ColumnDef extends Declared {

    /** The values a cell may hold. */
    public enum Kind {
        /** A non-negative whole number (a count). */
        COUNT,
        /** A non-negative amount that may have decimals (a fee in 万元). */
        AMOUNT,
        /** A whole number that may be negative (a change from last year). */
        SIGNED
    }

    private final String unit;
    private final Kind kind;
    /** The column groups above this column, outermost first. */
    private final List<ColumnGroup> groups;

    ColumnDef(String id, String label, String unit, Kind kind, List<ColumnGroup> groups, String templateId,
            Range declaredAt) {
        super(id, label, templateId, declaredAt);
        this.unit = unit;
        this.kind = kind;
        this.groups = List.copyOf(groups);
    }

    /** The unit of the column's values, such as 件 or 万元; empty if none is declared. */
    public String unit() {
        return unit;
    }

    public Kind kind() {
        return kind;
    }

    public List<ColumnGroup> groups() {
        return groups;
    }
}
