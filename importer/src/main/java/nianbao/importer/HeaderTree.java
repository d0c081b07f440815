package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;

/**
 * The header of a published table read as a tree, row by row, without relying on cell spans
 * (extracted text has none): each label joins the deepest earlier label that can hold it. A
 * column joins its column group ({@code 商业企业} under {@code 法人或其他组织}); in a table published as
 * one line (section 四) a column joins the first row that has no such column yet ({@code 结果维持}
 * under {@code 行政复议}, then under {@code 未经复议直接起诉}). The leaves, left to right, are the
 * meaning of the value cells of each data row.
 */
final class HeaderTree {

    private final TableDef def;
    private final Node root = new Node(null);

    HeaderTree(TableDef def) {
        this.def = def;
    }

    /** Adds a label under the deepest label that can hold it; false when it has no place (a repeat). */
    boolean insert(HeaderItem item) {
        return root.insert(item);
    }

    /** True when a row label stands in the header (a table printed as one line). */
    boolean holdsRow() {
        return root.holdsRow();
    }

    /** The value cells this header describes, left to right. */
    List<ValueKey> leaves() {
        return root.leaves(null);
    }

    /** The value cells of a one-line table with no header at all: every value row, every column. */
    static List<ValueKey> templateOrder(TableDef def) {
        return new HeaderTree(def).leaves();
    }

    private static boolean under(RowDef row, RowDef ancestor) {
        for (RowDef p = row.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A header label and the labels below it; the root has no label. */
    private final class Node {
        final HeaderItem item;
        final List<Node> children = new ArrayList<>();

        Node(HeaderItem item) {
            this.item = item;
        }

        boolean insert(HeaderItem thing) {
            for (Node child : children) {
                if (child.insert(thing)) {
                    return true;
                }
            }
            if (!accepts(thing)) {
                return false;
            }
            children.add(new Node(thing));
            return true;
        }

        private boolean accepts(HeaderItem thing) {
            if (item == null) {
                return !holds(thing);
            }
            if (item instanceof HeaderItem.Group g) {
                boolean fits = thing instanceof HeaderItem.Column c ? c.def().groups().contains(g.def())
                        : thing instanceof HeaderItem.Group inner && inner.def() != g.def() && nested(inner.def(), g.def());
                return fits && !holds(thing);
            }
            if (item instanceof HeaderItem.Row r) {
                if (thing instanceof HeaderItem.Row inner) {
                    return under(inner.def(), r.def());
                }
                return r.def().holdsValues() && !holds(thing);
            }
            return false;
        }

        boolean holdsRow() {
            return item instanceof HeaderItem.Row || children.stream().anyMatch(Node::holdsRow);
        }

        /** True when a label already stands under this node (a column appears once per group). */
        private boolean holds(HeaderItem thing) {
            return children.stream().anyMatch(c -> thing.equals(c.item) || c.holds(thing));
        }

        /** Declared groups know no parent; a column lists its groups outermost first. */
        private boolean nested(ColumnGroup inner, ColumnGroup outer) {
            return def.columns().stream().anyMatch(c -> {
                int o = c.groups().indexOf(outer);
                return o >= 0 && c.groups().indexOf(inner) > o;
            });
        }

        List<ValueKey> leaves(RowDef row) {
            List<ValueKey> out = new ArrayList<>();
            if (item instanceof HeaderItem.Column c) {
                out.add(new ValueKey(row, c.def()));
            } else if (item instanceof HeaderItem.Group g && children.isEmpty()) {
                def.columns().stream().filter(c -> c.groups().contains(g.def())).forEach(c -> out.add(new ValueKey(row, c)));
            } else if (item instanceof HeaderItem.Row r && children.isEmpty()) {
                for (RowDef each : r.def().holdsValues() ? List.of(r.def()) : r.def().valueDescendants()) {
                    def.columns().forEach(c -> out.add(new ValueKey(each, c)));
                }
            } else if (item == null && children.isEmpty() && def.layout() == TableDef.Layout.SINGLE_LINE) {
                for (RowDef each : def.valueRows()) {
                    def.columns().forEach(c -> out.add(new ValueKey(each, c)));
                }
            } else {
                RowDef below = item instanceof HeaderItem.Row r && r.def().holdsValues() ? r.def() : row;
                children.forEach(n -> out.addAll(n.leaves(below)));
            }
            return out;
        }
    }

    static boolean isUnder(RowDef row, RowDef ancestor) {
        return under(row, ancestor);
    }
}
