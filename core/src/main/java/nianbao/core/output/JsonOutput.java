package nianbao.core.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.Content;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Prose;
import nianbao.core.model.Report;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/**
 * The JSON document of a report (shape: {@code docs/report.schema.json}). Values are numbers;
 * a blank cell ({@code -}) is {@code null}; rows filled by {@code 其余} are marked implicit.
 */
public final class JsonOutput {

    /** Version of the document shape; raised on any incompatible change. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private JsonOutput() {
    }

    public static String render(Analysis analysis) {
        return GSON.toJson(document(analysis)) + "\n";
    }

    public static JsonObject document(Analysis analysis) {
        Report report = analysis.report();
        JsonObject doc = new JsonObject();
        doc.addProperty("format", "nianbao-report");
        doc.addProperty("formatVersion", FORMAT_VERSION);
        JsonObject template = new JsonObject();
        template.addProperty("id", report.template().id());
        template.addProperty("name", report.template().name());
        doc.add("template", template);
        JsonObject header = new JsonObject();
        for (HeaderEntry e : report.header()) {
            header.addProperty(e.def() != null ? e.def().id() : e.key().text(), e.value().text());
        }
        doc.add("header", header);
        doc.add("year", report.year() == null ? JsonNull.INSTANCE : new JsonPrimitive(report.year()));
        // Content before the first heading is an error (content.outside-section), yet it is the
        // clerk's text: a document that dropped it would lose words the page still shows.
        doc.add("preamble", content(report.preamble()));
        JsonArray sections = new JsonArray();
        for (ReportSection s : report.sections()) {
            sections.add(section(s));
        }
        doc.add("sections", sections);
        doc.add("diagnostics", diagnostics(analysis.diagnostics()));
        doc.add("dismissed", diagnostics(analysis.dismissed()));
        return doc;
    }

    private static JsonObject section(ReportSection s) {
        JsonObject o = new JsonObject();
        o.add("id", s.def() == null ? JsonNull.INSTANCE : new JsonPrimitive(s.def().id()));
        o.addProperty("label", s.def() == null ? s.syntax().heading().text() : s.def().label());
        o.addProperty("heading", s.syntax().heading().text());
        o.add("content", content(s.content()));
        return o;
    }

    private static JsonArray content(List<Content> content) {
        JsonArray out = new JsonArray();
        for (Content c : content) {
            out.add(c instanceof ReportTable t ? table(t) : prose((Prose) c));
        }
        return out;
    }

    private static JsonObject prose(Prose p) {
        JsonObject o = new JsonObject();
        o.addProperty("type", p.kind().name().toLowerCase(Locale.ROOT));
        if (p.kind() == Prose.Kind.SUBHEADING) {
            o.addProperty("level", p.level());
        }
        if (!p.ordinal().isEmpty()) {
            o.addProperty("ordinal", p.ordinal());
        }
        o.addProperty("text", p.text().text());
        return o;
    }

    private static JsonObject table(ReportTable t) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "table");
        o.add("id", t.def() == null ? JsonNull.INSTANCE : new JsonPrimitive(t.def().id()));
        o.addProperty("label", t.def() == null ? (t.syntax().name() == null ? "" : t.syntax().name().text()) : t.def().label());
        JsonArray columns = new JsonArray();
        JsonArray rows = new JsonArray();
        if (t.def() != null) {
            for (ColumnDef c : t.def().columns()) {
                JsonObject col = new JsonObject();
                col.addProperty("id", c.id());
                col.addProperty("label", c.label());
                col.addProperty("unit", c.unit());
                col.addProperty("kind", c.kind().name().toLowerCase(Locale.ROOT));
                JsonArray groups = new JsonArray();
                for (ColumnGroup g : c.groups()) {
                    groups.add(g.label());
                }
                col.add("groups", groups);
                columns.add(col);
            }
            for (RowDef r : t.def().rows()) {
                rows.add(row(t, r));
            }
        }
        o.add("columns", columns);
        o.add("rows", rows);
        return o;
    }

    private static JsonObject row(ReportTable t, RowDef r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("label", r.label());
        o.addProperty("depth", r.depth());
        o.add("parent", r.parent() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.parent().id()));
        o.addProperty("heading", r.heading());
        if (r.heading()) {
            return o;
        }
        ReportRow written = t.rowsByDef().get(r);
        o.addProperty("implicit", written == null);
        JsonObject values = new JsonObject();
        TableDef def = Objects.requireNonNull(t.def(), "rows are written only for a table with a template");
        for (ColumnDef c : def.columns()) {
            values.add(c.id(), value(t, written, c));
        }
        o.add("values", values);
        return o;
    }

    private static com.google.gson.JsonElement value(ReportTable t, @Nullable ReportRow written, ColumnDef c) {
        CellValue v;
        if (written != null) {
            Cell cell = t.cell(written, c);
            if (cell == null) {
                return JsonNull.INSTANCE;
            }
            v = cell.value();
        } else {
            v = t.restValue();
            if (v == null) {
                return JsonNull.INSTANCE;
            }
        }
        return v.isNumber() ? new JsonPrimitive(v.number()) : JsonNull.INSTANCE;
    }

    /** Findings as JSON objects; {@code line}/{@code character} are zero-based, UTF-16, as in LSP. */
    public static JsonArray diagnostics(List<Diagnostic> diagnostics) {
        JsonArray out = new JsonArray();
        for (Diagnostic d : diagnostics) {
            JsonObject o = new JsonObject();
            o.addProperty("id", d.id());
            o.addProperty("severity", d.severity().key());
            o.addProperty("message", d.message());
            o.add("range", range(d.range()));
            if (d.file() != null) {
                o.addProperty("file", d.file());
            }
            if (d.dismissal() != null) {
                o.addProperty("reason", d.dismissal());
            }
            out.add(o);
        }
        return out;
    }

    public static JsonObject range(Range r) {
        JsonObject o = new JsonObject();
        JsonObject start = new JsonObject();
        start.addProperty("line", r.start().line());
        start.addProperty("character", r.start().character());
        JsonObject end = new JsonObject();
        end.addProperty("line", r.end().line());
        end.addProperty("character", r.end().character());
        o.add("start", start);
        o.add("end", end);
        return o;
    }

    public static Gson gson() {
        return GSON;
    }
}
