package nianbao.core.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nianbao.core.diagnostic.Severity;
import nianbao.core.text.Phrase;
import nianbao.syntax.Range;

/**
 * A table in a {@link TemplateImage}: its groups, columns, rows, rules, wordings and zero
 * expectations, in that order. Each part's {@code write} and {@code read} stand together; what
 * one writes, the other reads, byte for byte. References (a column's groups, a row's parent, a
 * rule's rows and columns, a wording's rows) are positions in lists written before them.
 */
// Enum constants are written as their ordinal: an image is made by the build and read only by
// the classes of the same build (TemplateImages), so the order cannot differ between the two.
@SuppressWarnings("EnumOrdinal")
final class TableImage {

    private TableImage() {
    }

    static void write(ImageOut out, TableDef t) throws IOException {
        out.declared(t);
        out.writeByte(t.layout().ordinal());
        out.string(t.rowHeader());
        writeGroups(out, t.groups());
        writeColumns(out, t.columns(), t.groups());
        writeRows(out, t.rows());
        writeRules(out, t.rules(), t.rows(), t.columns());
        writeFigures(out, t);
        writeZeros(out, t.zeroExpectations(), t.rows(), t.columns());
    }

    static TableDef read(ImageIn in, SectionDef section) throws IOException {
        ImageIn.Declaration d = in.declaration();
        TableDef t = new TableDef(d.id, d.label, section, d.templateId, d.range);
        d.applyTo(t);
        t.setLayout(TableDef.Layout.values()[in.readByte()]);
        t.setRowHeader(in.string());
        List<ColumnGroup> groups = readGroups(in, t);
        List<ColumnDef> columns = readColumns(in, t, groups);
        List<RowDef> rows = readRows(in, t);
        readRules(in, t, rows, columns);
        readFigures(in, t, rows, columns);
        readZeros(in, t, rows, columns);
        return t;
    }

    // column groups

    private static void writeGroups(ImageOut out, List<ColumnGroup> groups) throws IOException {
        out.writeInt(groups.size());
        for (ColumnGroup g : groups) {
            out.declared(g);
        }
    }

    private static List<ColumnGroup> readGroups(ImageIn in, TableDef t) throws IOException {
        List<ColumnGroup> groups = new ArrayList<>();
        int n = in.count();
        for (int i = 0; i < n; i++) {
            ImageIn.Declaration g = in.declaration();
            ColumnGroup group = new ColumnGroup(g.id, g.label, g.templateId, g.range);
            g.applyTo(group);
            groups.add(group);
            t.addGroup(group);
        }
        return groups;
    }

    // columns

    private static void writeColumns(ImageOut out, List<ColumnDef> columns, List<ColumnGroup> groups) throws IOException {
        out.writeInt(columns.size());
        for (ColumnDef c : columns) {
            out.declared(c);
            out.string(c.unit());
            out.writeByte(c.kind().ordinal());
            out.writeInt(c.groups().size());
            for (ColumnGroup g : c.groups()) {
                out.index(groups, g);
            }
        }
    }

    private static List<ColumnDef> readColumns(ImageIn in, TableDef t, List<ColumnGroup> groups) throws IOException {
        List<ColumnDef> columns = new ArrayList<>();
        int n = in.count();
        for (int i = 0; i < n; i++) {
            ImageIn.Declaration c = in.declaration();
            String unit = in.string();
            ColumnDef.Kind kind = ColumnDef.Kind.values()[in.readByte()];
            List<ColumnGroup> of = new ArrayList<>();
            int m = in.count();
            for (int j = 0; j < m; j++) {
                of.add(in.index(groups));
            }
            ColumnDef column = new ColumnDef(c.id, c.label, unit, kind, of, c.templateId, c.range);
            c.applyTo(column);
            columns.add(column);
            t.addColumn(column);
        }
        return columns;
    }

    // rows

    private static void writeRows(ImageOut out, List<RowDef> rows) throws IOException {
        out.writeInt(rows.size());
        for (RowDef r : rows) {
            out.declared(r);
            out.writeBoolean(r.heading());
            out.indexOrNone(rows, r.parent());
        }
    }

    private static List<RowDef> readRows(ImageIn in, TableDef t) throws IOException {
        List<RowDef> rows = new ArrayList<>();
        int n = in.count();
        for (int i = 0; i < n; i++) {
            ImageIn.Declaration r = in.declaration();
            boolean heading = in.readBoolean();
            RowDef parent = in.indexOrNone(rows);
            RowDef row = new RowDef(r.id, r.label, heading, parent, r.templateId, r.range);
            r.applyTo(row);
            rows.add(row);
            t.addRow(row);
        }
        return rows;
    }

    // rules and their terms

    private static void writeRules(ImageOut out, List<RuleDef> rules, List<RowDef> rows, List<ColumnDef> columns)
            throws IOException {
        out.writeInt(rules.size());
        for (RuleDef r : rules) {
            out.string(r.id());
            out.writeByte(r.scope().ordinal());
            writeTerms(out, r.lhs(), rows, columns);
            writeTerms(out, r.rhs(), rows, columns);
            out.writeByte(r.severity().ordinal());
            out.string(r.description());
            out.string(r.equation());
            out.string(r.templateId());
            out.range(r.declaredAt());
        }
    }

    private static void readRules(ImageIn in, TableDef t, List<RowDef> rows, List<ColumnDef> columns) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            String id = in.string();
            RuleDef.Scope scope = RuleDef.Scope.values()[in.readByte()];
            List<RuleDef.Term> lhs = readTerms(in, rows, columns);
            List<RuleDef.Term> rhs = readTerms(in, rows, columns);
            Severity severity = Severity.values()[in.readByte()];
            t.addRule(new RuleDef(id, scope, lhs, rhs, severity, in.string(), in.string(), in.string(), in.range()));
        }
    }

    private static void writeTerms(ImageOut out, List<RuleDef.Term> terms, List<RowDef> rows, List<ColumnDef> columns)
            throws IOException {
        out.writeInt(terms.size());
        for (RuleDef.Term term : terms) {
            out.writeBoolean(term.negated());
            out.writeBoolean(term.lastYear());
            if (term.ref() instanceof RowDef r) {
                out.writeByte(0);
                out.index(rows, r);
            } else if (term.ref() instanceof ColumnDef c) {
                out.writeByte(1);
                out.index(columns, c);
            } else {
                throw new IllegalStateException("a rule term names neither a row nor a column: " + term.ref());
            }
        }
    }

    private static List<RuleDef.Term> readTerms(ImageIn in, List<RowDef> rows, List<ColumnDef> columns) throws IOException {
        int n = in.count();
        List<RuleDef.Term> terms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean negated = in.readBoolean();
            boolean lastYear = in.readBoolean();
            Declared ref = in.readByte() == 0 ? in.index(rows) : in.index(columns);
            terms.add(new RuleDef.Term(negated, ref, lastYear));
        }
        return List.copyOf(terms);
    }

    // wordings (说法)

    private static void writeFigures(ImageOut out, TableDef t) throws IOException {
        out.writeInt(t.figures().size());
        for (ProseFigure f : t.figures()) {
            if (f.table() != t) {
                throw new IllegalStateException("a wording of table " + t.id() + " names another table");
            }
            out.string(f.phrase().source());
            out.writeInt(f.rows().size());
            for (RowDef r : f.rows()) {
                out.index(t.rows(), r);
            }
            out.indexOrNone(t.columns(), f.column());
            out.string(f.templateId());
            out.range(f.declaredAt());
        }
    }

    private static void readFigures(ImageIn in, TableDef t, List<RowDef> rows, List<ColumnDef> columns) throws IOException {
        int n = in.count();
        ProseFigure previous = null;
        for (int i = 0; i < n; i++) {
            String wording = in.string();
            List<RowDef> of = new ArrayList<>();
            int m = in.count();
            for (int j = 0; j < m; j++) {
                of.add(in.index(rows));
            }
            ColumnDef column = in.indexOrNone(columns);
            String templateId = in.string();
            Range declaredAt = in.range();
            // the readings of one declaration (说法 a@x|b@x …) share its wording, as the reader made them
            boolean sameDeclaration = previous != null && previous.phrase().source().equals(wording)
                    && previous.declaredAt().equals(declaredAt);
            Phrase phrase = sameDeclaration ? previous.phrase() : Phrase.compile(wording);
            previous = new ProseFigure(phrase, List.copyOf(of), column, t, templateId,
                    sameDeclaration ? previous.declaredAt() : declaredAt);
            t.addFigure(previous);
        }
    }

    // zero expectations

    private static void writeZeros(ImageOut out, List<ZeroExpectation> zeros, List<RowDef> rows, List<ColumnDef> columns)
            throws IOException {
        out.writeInt(zeros.size());
        for (ZeroExpectation z : zeros) {
            out.string(z.id());
            out.strings(new ArrayList<>(new TreeSet<>(z.levels())));
            out.indexOrNone(rows, z.row());
            out.writeInt(z.columns().size());
            for (ColumnDef c : z.columns()) {
                out.index(columns, c);
            }
            out.string(z.description());
            out.string(z.templateId());
            out.range(z.declaredAt());
        }
    }

    private static void readZeros(ImageIn in, TableDef t, List<RowDef> rows, List<ColumnDef> columns) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            String id = in.string();
            Set<String> levels = Set.copyOf(in.strings());
            RowDef row = in.indexOrNone(rows);
            List<ColumnDef> of = new ArrayList<>();
            int m = in.count();
            for (int j = 0; j < m; j++) {
                of.add(in.index(columns));
            }
            t.addZeroExpectation(new ZeroExpectation(id, levels, row, List.copyOf(of),
                    in.string(), in.string(), in.range()));
        }
    }
}
