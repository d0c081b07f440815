package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Range;

/** A table of a section: its columns, its rows (a tree), and its consistency rules. */
public final class TableDef extends Declared {

    /** How the published page lays the table out. */
    public enum Layout {
        /** Rows down, columns across, as written. */
        GRID,
        /** One line of cells: each row becomes a group of columns (section 四 of the national format). */
        SINGLE_LINE
    }

    private final SectionDef section;
    private final List<ColumnDef> columns = new ArrayList<>();
    private final List<ColumnGroup> groups = new ArrayList<>();
    private final List<RowDef> rows = new ArrayList<>();
    private final List<RuleDef> rules = new ArrayList<>();
    private final List<ProseFigure> figures = new ArrayList<>();
    private final List<ZeroExpectation> zeroExpectations = new ArrayList<>();
    private Layout layout = Layout.GRID;
    private String rowHeader = "";
    private NameIndex<ColumnDef> columnIndex;
    private NameIndex<RowDef> rowIndex;

    TableDef(String id, String label, SectionDef section, String templateId, Range declaredAt) {
        super(id, label, templateId, declaredAt);
        this.section = section;
    }

    public SectionDef section() {
        return section;
    }

    public List<ColumnDef> columns() {
        return List.copyOf(columns);
    }

    public List<ColumnGroup> groups() {
        return List.copyOf(groups);
    }

    /** Every row in template order, heading rows included, depth-first. */
    public List<RowDef> rows() {
        return List.copyOf(rows);
    }

    /** The rows that hold values, in template order. */
    public List<RowDef> valueRows() {
        List<RowDef> out = new ArrayList<>();
        for (RowDef r : rows) {
            if (r.holdsValues()) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    public List<RuleDef> rules() {
        return List.copyOf(rules);
    }

    /** The wordings in which prose states this table's figures. */
    public List<ProseFigure> figures() {
        return List.copyOf(figures);
    }

    /** The plausibility rules of this table. */
    public List<ZeroExpectation> zeroExpectations() {
        return List.copyOf(zeroExpectations);
    }

    void addFigure(ProseFigure f) {
        figures.add(f);
    }

    void addZeroExpectation(ZeroExpectation z) {
        zeroExpectations.add(z);
    }

    public Layout layout() {
        return layout;
    }

    /** The text of the header cell above the row labels (信息内容), or "". */
    public String rowHeader() {
        return rowHeader;
    }

    public NameIndex<ColumnDef> columnIndex() {
        if (columnIndex == null) {
            columnIndex = Declared.index(columns);
        }
        return columnIndex;
    }

    public NameIndex<RowDef> rowIndex() {
        if (rowIndex == null) {
            // not Declared.index: a sub-row is also named after its heading row (rowNames)
            rowIndex = new NameIndex<>(rows, RowDef::label, TableDef::rowNames);
        }
        return rowIndex;
    }

    /**
     * A row's names, and each of them after a name of its heading row: a sub-row may be written
     * after the heading it belongs to, as merged cells read when copied ({@code （三）不予公开
     * 1.属于国家秘密}, {@code 不予公开国家秘密}).
     */
    private static List<String> rowNames(RowDef row) {
        if (row.parent() == null) {
            return row.names();
        }
        List<String> names = new ArrayList<>(row.names());
        for (String parent : row.parent().names()) {
            for (String own : row.names()) {
                names.add(parent + own);
            }
        }
        return names;
    }

    public ColumnDef column(String id) {
        for (ColumnDef c : columns) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    public RowDef row(String id) {
        for (RowDef r : rows) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    void addColumn(ColumnDef c) {
        columns.add(c);
        columnIndex = null;
    }

    void addGroup(ColumnGroup g) {
        groups.add(g);
    }

    /** Adds a row after its parent's last descendant, keeping {@link #rows()} depth-first. */
    void addRow(RowDef r) {
        int at = rows.size();
        if (r.parent() != null) {
            int parent = rows.indexOf(r.parent());
            at = parent + 1;
            while (at < rows.size() && isBelow(rows.get(at), r.parent())) {
                at++;
            }
        }
        rows.add(at, r);
        rowIndex = null;
    }

    private static boolean isBelow(RowDef row, RowDef ancestor) {
        for (RowDef p = row.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    void addRule(RuleDef r) {
        rules.add(r);
    }

    void setLayout(Layout layout) {
        this.layout = layout;
    }

    void setRowHeader(String rowHeader) {
        this.rowHeader = rowHeader;
    }
}
