package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.syntax.Range;

/**
 * A row of a table. Heading rows ({@code 三、本年度办理结果}) group the rows under them and hold
 * no numbers of their own.
 */
public final class RowDef extends Declared {

    private final boolean heading;
    private final RowDef parent;
    private final List<RowDef> children = new ArrayList<>();

    RowDef(String id, String label, boolean heading, RowDef parent, String templateId, Range declaredAt) {
        super(id, label, templateId, declaredAt);
        this.heading = heading;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public boolean heading() {
        return heading;
    }

    /** True for rows that hold numbers. */
    public boolean holdsValues() {
        return !heading;
    }

    public RowDef parent() {
        return parent;
    }

    public List<RowDef> children() {
        return List.copyOf(children);
    }

    /** Nesting depth: 0 for a top-level row. */
    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** Every row below this one that holds values, in order. */
    public List<RowDef> valueDescendants() {
        List<RowDef> out = new ArrayList<>();
        for (RowDef c : children) {
            if (c.holdsValues()) {
                out.add(c);
            }
            out.addAll(c.valueDescendants());
        }
        return out;
    }
}
