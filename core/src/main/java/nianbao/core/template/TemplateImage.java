package nianbao.core.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.core.text.Phrase;

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
 *
 * <p>The image is, in order: the header (magic, format, id, source, name, years, range,
 * ancestors), the sources, the year phrases, the typography, the fields, then the sections with
 * their tables ({@link TableImage}), and last, only when a section has one, the local
 * requirements (so the image of a template that declares none, a national one, is as before). Each part's {@code write} and {@code read} stand together
 * below; the values they are made of are in {@link ImageOut} and {@link ImageIn}.
 */
final class TemplateImage {

    /** The first bytes of an image and its format; an image of another format is not read. */
    private static final int MAGIC = 0x4E42_5449; // "NBTI"
    static final int VERSION = 3;

    private TemplateImage() {
    }

    static byte[] write(Template t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            ImageOut out = new ImageOut(data);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeHeader(out, t);
            writeSources(out, t);
            writeYearPhrases(out, t);
            writeTypography(out, t);
            writeFields(out, t);
            writeSections(out, t);
            writeLocalRequirements(out, t);
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
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(image))) {
            ImageIn in = new ImageIn(data);
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            Template t = readHeader(in);
            readSources(in, t);
            readYearPhrases(in, t);
            readTypography(in, t);
            readFields(in, t);
            readSections(in, t);
            readLocalRequirements(in, t);
            return data.read() == -1 ? t : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // header: id, source, name, years, where declared, ancestors

    private static void writeHeader(ImageOut out, Template t) throws IOException {
        out.string(t.id());
        out.string(t.source());
        out.string(t.name());
        out.writeInt(t.firstYear());
        out.writeInt(t.lastYear());
        out.range(t.declaredAt());
        out.strings(t.ancestors());
    }

    private static Template readHeader(ImageIn in) throws IOException {
        String id = in.string();
        Template t = new Template(id, in.string());
        t.setName(in.string());
        int first = in.readInt();
        t.setYears(first, in.readInt());
        t.setDeclaredAt(in.range());
        List<String> ancestors = in.strings();
        for (int i = 0; i < ancestors.size(); i++) {
            t.addAncestor(i, ancestors.get(i));
        }
        return t;
    }

    // where each template of the chain was read from

    private static void writeSources(ImageOut out, Template t) throws IOException {
        Map<String, String> sources = new TreeMap<>(t.sources());
        out.writeInt(sources.size());
        for (Map.Entry<String, String> e : sources.entrySet()) {
            out.string(e.getKey());
            out.string(e.getValue());
        }
    }

    private static void readSources(ImageIn in, Template t) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            t.addSource(in.string(), in.string());
        }
    }

    // year phrases

    private static void writeYearPhrases(ImageOut out, Template t) throws IOException {
        out.writeInt(t.yearPhrases().size());
        for (Phrase p : t.yearPhrases()) {
            out.string(p.source());
        }
    }

    private static void readYearPhrases(ImageIn in, Template t) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            t.addYearPhrase(Phrase.compile(in.string()));
        }
    }

    // typography: the declared style of each part, in the order of the parts

    private static void writeTypography(ImageOut out, Template t) throws IOException {
        Map<Typography.Part, Typography.Style> styles = new TreeMap<>(t.typography().declared());
        out.writeInt(styles.size());
        for (Map.Entry<Typography.Part, Typography.Style> e : styles.entrySet()) {
            out.writeByte(e.getKey().ordinal());
            out.strings(e.getValue().fonts());
            out.writeDouble(e.getValue().points());
            out.writeBoolean(e.getValue().bold());
        }
    }

    private static void readTypography(ImageIn in, Template t) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            Typography.Part part = Typography.Part.values()[in.readByte()];
            List<String> fonts = in.strings();
            double points = in.readDouble();
            t.typography().declare(part, fonts, points, in.readBoolean());
        }
    }

    // fields

    private static void writeFields(ImageOut out, Template t) throws IOException {
        out.writeInt(t.fields().size());
        for (FieldDef f : t.fields()) {
            out.declared(f);
            out.writeBoolean(f.required());
            out.writeByte(f.kind().ordinal());
            out.string(f.pattern());
            out.strings(f.dropEndings());
            out.writeInt(f.fullNames().size());
            for (FieldDef.FullName name : f.fullNames()) {
                out.string(name.ending());
                out.strings(name.places());
            }
            out.writeInt(f.inferences().size());
            for (Map.Entry<String, String> e : f.inferences()) {
                out.string(e.getKey());
                out.string(e.getValue());
            }
        }
    }

    private static void readFields(ImageIn in, Template t) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            ImageIn.Declaration d = in.declaration();
            boolean required = in.readBoolean();
            FieldDef f = new FieldDef(d.id, required, FieldDef.Kind.values()[in.readByte()], d.templateId, d.range);
            d.applyTo(f);
            f.setPattern(in.string());
            for (String ending : in.strings()) {
                f.addDropEnding(ending);
            }
            int fullNames = in.count();
            for (int j = 0; j < fullNames; j++) {
                f.addFullName(in.string(), in.strings());
            }
            int inferences = in.count();
            for (int j = 0; j < inferences; j++) {
                f.addInference(in.string(), in.string());
            }
            t.addField(f);
        }
    }

    // sections and their tables

    private static void writeSections(ImageOut out, Template t) throws IOException {
        out.writeInt(t.sections().size());
        for (SectionDef s : t.sections()) {
            out.declared(s);
            out.writeInt(s.order());
            out.writeBoolean(s.required());
            out.writeBoolean(s.proseOnly());
            out.strings(s.boilerplate());
            out.writeInt(s.tables().size());
            for (TableDef table : s.tables()) {
                TableImage.write(out, table);
            }
        }
    }

    private static void readSections(ImageIn in, Template t) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            ImageIn.Declaration d = in.declaration();
            SectionDef s = new SectionDef(d.id, d.label, in.readInt(), d.templateId, d.range);
            d.applyTo(s);
            s.setRequired(in.readBoolean());
            s.setProseOnly(in.readBoolean());
            for (String line : in.strings()) {
                s.addBoilerplate(line);
            }
            int tables = in.count();
            for (int j = 0; j < tables; j++) {
                s.addTable(TableImage.read(in, s));
            }
            t.addSection(s);
        }
    }

    // local requirements (字数上限, 应写明), section by section; absent when no section has one

    /** Marks the optional part of local requirements. */
    private static final int LOCAL = 0x4C4F_4341; // "LOCA"

    private static void writeLocalRequirements(ImageOut out, Template t) throws IOException {
        List<SectionDef> sections = t.sections();
        if (sections.stream().allMatch(s -> s.lengthLimit() == null && s.partLengthLimit() == null
                && s.requiredStatements().isEmpty())) {
            return;
        }
        out.writeInt(LOCAL);
        for (SectionDef s : sections) {
            writeLimit(out, s.lengthLimit());
            writeLimit(out, s.partLengthLimit());
            out.writeInt(s.requiredStatements().size());
            for (RequiredStatement r : s.requiredStatements()) {
                out.string(r.id());
                out.strings(r.wordings().stream().map(Phrase::source).toList());
                out.string(r.description());
                out.string(r.templateId());
                out.range(r.declaredAt());
            }
        }
    }

    private static void readLocalRequirements(ImageIn in, Template t) throws IOException {
        if (!in.more()) {
            return;
        }
        if (in.readInt() != LOCAL) {
            throw new IOException("not an image: no local requirements where bytes are left");
        }
        for (SectionDef s : t.sections()) {
            readLimit(in, s);
            readLimit(in, s);
            int n = in.count();
            for (int i = 0; i < n; i++) {
                String id = in.string();
                List<Phrase> wordings = in.strings().stream().map(Phrase::statement).toList();
                String description = in.string();
                s.addRequiredStatement(new RequiredStatement(id, wordings, description, in.string(), in.range()));
            }
        }
    }

    private static void writeLimit(ImageOut out, LengthLimit limit) throws IOException {
        out.writeBoolean(limit != null);
        if (limit != null) {
            out.writeInt(limit.characters());
            out.writeBoolean(limit.perPart());
            out.string(limit.templateId());
            out.range(limit.declaredAt());
        }
    }

    private static void readLimit(ImageIn in, SectionDef s) throws IOException {
        if (in.readBoolean()) {
            int characters = in.readInt();
            boolean perPart = in.readBoolean();
            s.setLengthLimit(new LengthLimit(characters, perPart, in.string(), in.range()));
        }
    }
}
