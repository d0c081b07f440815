package nianbao.core.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nianbao.core.diagnostic.Severity;
import nianbao.core.text.Phrase;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * A template as read, in a compact binary form: the built-in templates are read at build time
 * ({@link TemplateImages}) and stored beside their text, so that a short command-line run builds
 * them from a few kilobytes of data instead of lexing, parsing and resolving the text (which took
 * a quarter of a {@code nianbao check} run, BENCHMARKS.md).
 *
 * <p>The image holds what the reader produced and nothing derived: name indexes and compiled
 * wordings are rebuilt on use as for a template read from text. References (a rule's rows and
 * columns, a wording's rows) are positions in their table's lists, written after the lists.
 * A test compares every field of every built-in template read both ways.
 */
final class TemplateImage {

    /** The first bytes of an image and its format; an image of another format is not read. */
    private static final int MAGIC = 0x4E42_5449; // "NBTI"
    static final int VERSION = 3;

    private TemplateImage() {
    }

    static byte[] write(Template t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new Writer(out).template(t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The template of an image, or null when the image is of another format or damaged (then the
     * registry reads the template's text, as it would without an image).
     */
    static Template read(byte[] image) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(image))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            Template t = new Reader(in).template();
            return in.read() == -1 ? t : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final class Writer {
        private final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void template(Template t) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            string(t.id());
            string(t.source());
            string(t.name());
            out.writeInt(t.firstYear());
            out.writeInt(t.lastYear());
            range(t.declaredAt());
            strings(t.ancestors());
            Map<String, String> sources = new TreeMap<>(t.sources());
            out.writeInt(sources.size());
            for (Map.Entry<String, String> e : sources.entrySet()) {
                string(e.getKey());
                string(e.getValue());
            }
            out.writeInt(t.yearPhrases().size());
            for (Phrase p : t.yearPhrases()) {
                string(p.source());
            }
            Map<Typography.Part, Typography.Style> styles = new java.util.TreeMap<>(t.typography().declared());
            out.writeInt(styles.size());
            for (Map.Entry<Typography.Part, Typography.Style> e : styles.entrySet()) {
                out.writeByte(e.getKey().ordinal());
                strings(e.getValue().fonts());
                out.writeDouble(e.getValue().points());
                out.writeBoolean(e.getValue().bold());
            }
            out.writeInt(t.fields().size());
            for (FieldDef f : t.fields()) {
                declared(f);
                out.writeBoolean(f.required());
                out.writeByte(f.kind().ordinal());
                string(f.pattern());
                strings(f.dropEndings());
                out.writeInt(f.fullNames().size());
                for (FieldDef.FullName n : f.fullNames()) {
                    string(n.ending());
                    strings(n.places());
                }
                out.writeInt(f.inferences().size());
                for (Map.Entry<String, String> e : f.inferences()) {
                    string(e.getKey());
                    string(e.getValue());
                }
            }
            out.writeInt(t.sections().size());
            for (SectionDef s : t.sections()) {
                declared(s);
                out.writeInt(s.order());
                out.writeBoolean(s.required());
                out.writeBoolean(s.proseOnly());
                strings(s.boilerplate());
                out.writeInt(s.tables().size());
                for (TableDef table : s.tables()) {
                    table(table);
                }
            }
        }

        private void table(TableDef t) throws IOException {
            declared(t);
            out.writeByte(t.layout().ordinal());
            string(t.rowHeader());
            List<ColumnGroup> groups = t.groups();
            out.writeInt(groups.size());
            for (ColumnGroup g : groups) {
                declared(g);
            }
            List<ColumnDef> columns = t.columns();
            out.writeInt(columns.size());
            for (ColumnDef c : columns) {
                declared(c);
                string(c.unit());
                out.writeByte(c.kind().ordinal());
                out.writeInt(c.groups().size());
                for (ColumnGroup g : c.groups()) {
                    out.writeInt(indexOf(groups, g));
                }
            }
            List<RowDef> rows = t.rows();
            out.writeInt(rows.size());
            for (RowDef r : rows) {
                declared(r);
                out.writeBoolean(r.heading());
                out.writeInt(r.parent() == null ? -1 : indexOf(rows, r.parent()));
            }
            out.writeInt(t.rules().size());
            for (RuleDef r : t.rules()) {
                string(r.id());
                out.writeByte(r.scope().ordinal());
                terms(r.lhs(), rows, columns);
                terms(r.rhs(), rows, columns);
                out.writeByte(r.severity().ordinal());
                string(r.description());
                string(r.equation());
                string(r.templateId());
                range(r.declaredAt());
            }
            out.writeInt(t.figures().size());
            for (ProseFigure f : t.figures()) {
                if (f.table() != t) {
                    throw new IllegalStateException("a wording of table " + t.id() + " names another table");
                }
                string(f.phrase().source());
                out.writeInt(f.rows().size());
                for (RowDef r : f.rows()) {
                    out.writeInt(indexOf(rows, r));
                }
                out.writeInt(f.column() == null ? -1 : indexOf(columns, f.column()));
                string(f.templateId());
                range(f.declaredAt());
            }
            out.writeInt(t.zeroExpectations().size());
            for (ZeroExpectation z : t.zeroExpectations()) {
                string(z.id());
                strings(new ArrayList<>(new java.util.TreeSet<>(z.levels())));
                out.writeInt(z.row() == null ? -1 : indexOf(rows, z.row()));
                out.writeInt(z.columns().size());
                for (ColumnDef c : z.columns()) {
                    out.writeInt(indexOf(columns, c));
                }
                string(z.description());
                string(z.templateId());
                range(z.declaredAt());
            }
        }

        private void terms(List<RuleDef.Term> terms, List<RowDef> rows, List<ColumnDef> columns) throws IOException {
            out.writeInt(terms.size());
            for (RuleDef.Term term : terms) {
                out.writeBoolean(term.negated());
                out.writeBoolean(term.lastYear());
                if (term.ref() instanceof RowDef r) {
                    out.writeByte(0);
                    out.writeInt(indexOf(rows, r));
                } else if (term.ref() instanceof ColumnDef c) {
                    out.writeByte(1);
                    out.writeInt(indexOf(columns, c));
                } else {
                    throw new IllegalStateException("a rule term names neither a row nor a column: " + term.ref());
                }
            }
        }

        private static <T> int indexOf(List<T> list, T item) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == item) {
                    return i;
                }
            }
            throw new IllegalStateException("not in its table: " + item);
        }

        private void declared(Declared d) throws IOException {
            string(d.id());
            string(d.label());
            strings(d.aliases());
            string(d.description());
            strings(d.formerIds());
            string(d.templateId());
            range(d.declaredAt());
        }

        private void range(Range r) throws IOException {
            out.writeBoolean(r != null);
            if (r != null) {
                out.writeInt(r.start().line());
                out.writeInt(r.start().character());
                out.writeInt(r.end().line());
                out.writeInt(r.end().character());
            }
        }

        private void strings(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) {
                string(s);
            }
        }

        private void string(String s) throws IOException {
            out.writeBoolean(s != null);
            if (s != null) {
                out.writeUTF(s);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;

        Reader(DataInputStream in) {
            this.in = in;
        }

        Template template() throws IOException {
            String id = string();
            Template t = new Template(id, string());
            t.setName(string());
            int first = in.readInt();
            t.setYears(first, in.readInt());
            t.setDeclaredAt(range());
            List<String> ancestors = strings();
            for (int i = 0; i < ancestors.size(); i++) {
                t.addAncestor(i, ancestors.get(i));
            }
            int sources = count();
            for (int i = 0; i < sources; i++) {
                t.addSource(string(), string());
            }
            int phrases = count();
            for (int i = 0; i < phrases; i++) {
                t.addYearPhrase(Phrase.compile(string()));
            }
            int styles = count();
            for (int i = 0; i < styles; i++) {
                Typography.Part part = Typography.Part.values()[in.readByte()];
                List<String> fonts = strings();
                double points = in.readDouble();
                t.typography().declare(part, fonts, points, in.readBoolean());
            }
            int fields = count();
            for (int i = 0; i < fields; i++) {
                Declaration d = declaration();
                boolean required = in.readBoolean();
                FieldDef f = new FieldDef(d.id, required, FieldDef.Kind.values()[in.readByte()], d.templateId, d.range);
                d.applyTo(f);
                f.setPattern(string());
                for (String ending : strings()) {
                    f.addDropEnding(ending);
                }
                int fullNames = count();
                for (int j = 0; j < fullNames; j++) {
                    f.addFullName(string(), strings());
                }
                int inferences = count();
                for (int j = 0; j < inferences; j++) {
                    f.addInference(string(), string());
                }
                t.addField(f);
            }
            int sections = count();
            for (int i = 0; i < sections; i++) {
                Declaration d = declaration();
                SectionDef s = new SectionDef(d.id, d.label, in.readInt(), d.templateId, d.range);
                d.applyTo(s);
                s.setRequired(in.readBoolean());
                s.setProseOnly(in.readBoolean());
                for (String line : strings()) {
                    s.addBoilerplate(line);
                }
                int tables = count();
                for (int j = 0; j < tables; j++) {
                    s.addTable(table(s));
                }
                t.addSection(s);
            }
            return t;
        }

        private TableDef table(SectionDef section) throws IOException {
            Declaration d = declaration();
            TableDef t = new TableDef(d.id, d.label, section, d.templateId, d.range);
            d.applyTo(t);
            t.setLayout(TableDef.Layout.values()[in.readByte()]);
            t.setRowHeader(string());
            List<ColumnGroup> groups = new ArrayList<>();
            int groupCount = count();
            for (int i = 0; i < groupCount; i++) {
                Declaration g = declaration();
                ColumnGroup group = new ColumnGroup(g.id, g.label, g.templateId, g.range);
                g.applyTo(group);
                groups.add(group);
                t.addGroup(group);
            }
            List<ColumnDef> columns = new ArrayList<>();
            int columnCount = count();
            for (int i = 0; i < columnCount; i++) {
                Declaration c = declaration();
                String unit = string();
                ColumnDef.Kind kind = ColumnDef.Kind.values()[in.readByte()];
                List<ColumnGroup> of = new ArrayList<>();
                int n = count();
                for (int j = 0; j < n; j++) {
                    of.add(groups.get(in.readInt()));
                }
                ColumnDef column = new ColumnDef(c.id, c.label, unit, kind, of, c.templateId, c.range);
                c.applyTo(column);
                columns.add(column);
                t.addColumn(column);
            }
            List<RowDef> rows = new ArrayList<>();
            int rowCount = count();
            for (int i = 0; i < rowCount; i++) {
                Declaration r = declaration();
                boolean heading = in.readBoolean();
                int parent = in.readInt();
                RowDef row = new RowDef(r.id, r.label, heading, parent < 0 ? null : rows.get(parent), r.templateId, r.range);
                r.applyTo(row);
                rows.add(row);
                t.addRow(row);
            }
            int rules = count();
            for (int i = 0; i < rules; i++) {
                String id = string();
                RuleDef.Scope scope = RuleDef.Scope.values()[in.readByte()];
                List<RuleDef.Term> lhs = terms(rows, columns);
                List<RuleDef.Term> rhs = terms(rows, columns);
                Severity severity = Severity.values()[in.readByte()];
                t.addRule(new RuleDef(id, scope, lhs, rhs, severity, string(), string(), string(), range()));
            }
            int figures = count();
            ProseFigure previous = null;
            for (int i = 0; i < figures; i++) {
                String wording = string();
                List<RowDef> of = new ArrayList<>();
                int n = count();
                for (int j = 0; j < n; j++) {
                    of.add(rows.get(in.readInt()));
                }
                int column = in.readInt();
                String templateId = string();
                Range declaredAt = range();
                // the readings of one declaration (说法 a@x|b@x …) share its wording, as the reader made them
                boolean sameDeclaration = previous != null && previous.phrase().source().equals(wording)
                        && previous.declaredAt().equals(declaredAt);
                Phrase phrase = sameDeclaration ? previous.phrase() : Phrase.compile(wording);
                previous = new ProseFigure(phrase, List.copyOf(of), column < 0 ? null : columns.get(column), t, templateId,
                        sameDeclaration ? previous.declaredAt() : declaredAt);
                t.addFigure(previous);
            }
            int zeros = count();
            for (int i = 0; i < zeros; i++) {
                String id = string();
                Set<String> levels = Set.copyOf(strings());
                int row = in.readInt();
                List<ColumnDef> of = new ArrayList<>();
                int n = count();
                for (int j = 0; j < n; j++) {
                    of.add(columns.get(in.readInt()));
                }
                t.addZeroExpectation(new ZeroExpectation(id, levels, row < 0 ? null : rows.get(row), List.copyOf(of),
                        string(), string(), range()));
            }
            return t;
        }

        private List<RuleDef.Term> terms(List<RowDef> rows, List<ColumnDef> columns) throws IOException {
            int n = count();
            List<RuleDef.Term> terms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                boolean negated = in.readBoolean();
                boolean lastYear = in.readBoolean();
                Declared ref = in.readByte() == 0 ? rows.get(in.readInt()) : columns.get(in.readInt());
                terms.add(new RuleDef.Term(negated, ref, lastYear));
            }
            return List.copyOf(terms);
        }

        /** What every declaration has; the aliases and description are set after construction. */
        private final class Declaration {
            String id;
            String label;
            List<String> aliases;
            String description;
            List<String> formerIds;
            String templateId;
            Range range;

            void applyTo(Declared d) {
                d.addAliases(aliases);
                d.setDescription(description);
                d.addFormerIds(formerIds);
            }
        }

        private Declaration declaration() throws IOException {
            Declaration d = new Declaration();
            d.id = string();
            d.label = string();
            d.aliases = strings();
            d.description = string();
            d.formerIds = strings();
            d.templateId = string();
            d.range = range();
            return d;
        }

        /** A number of items to read: never more than bytes are left (a damaged image). */
        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("not an image: a count of " + n);
            }
            return n;
        }

        private Range range() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            int startLine = in.readInt();
            int startChar = in.readInt();
            int endLine = in.readInt();
            return new Range(new Position(startLine, startChar), new Position(endLine, in.readInt()));
        }

        private List<String> strings() throws IOException {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return list;
        }

        private String string() throws IOException {
            return in.readBoolean() ? in.readUTF() : null;
        }
    }
}
