package nianbao.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.diagnostic.Severity;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * The one place where core's records become LSP4J's types and back. Positions need no
 * arithmetic: core already counts UTF-16 code units, as the protocol does.
 */
final class LspTypes {

    /** The {@code source} of every diagnostic this server publishes. */
    static final String SOURCE = "nianbao";

    private LspTypes() {
    }

    static Position position(nianbao.syntax.Position p) {
        return new Position(p.line(), p.character());
    }

    static Range range(nianbao.syntax.Range r) {
        return new Range(position(r.start()), position(r.end()));
    }

    static nianbao.syntax.Position position(Position p) {
        return new nianbao.syntax.Position(p.getLine(), p.getCharacter());
    }

    static nianbao.syntax.Range range(Range r) {
        return new nianbao.syntax.Range(position(r.getStart()), position(r.getEnd()));
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    static List<Diagnostic> diagnostics(List<nianbao.core.diagnostic.Diagnostic> found) {
        List<Diagnostic> out = new ArrayList<>(found.size());
        for (nianbao.core.diagnostic.Diagnostic d : found) {
            out.add(diagnostic(d));
        }
        return out;
    }

    /**
     * A finding as the client shows it: the check id as {@code code}, and the fixes in
     * {@code data}, so that a code action never has to run the checks again.
     */
    static Diagnostic diagnostic(nianbao.core.diagnostic.Diagnostic d) {
        Diagnostic out = new Diagnostic();
        if (d.file() == null) {
            out.setRange(range(d.range()));
            out.setMessage(d.message());
        } else {
            // The finding is in another file (a template): point at the top of this document
            // and say where it is.
            out.setRange(new Range(new Position(0, 0), new Position(0, 0)));
            out.setMessage(d.file() + ":" + d.range().start() + "：" + d.message());
        }
        out.setSeverity(severity(d.severity()));
        out.setCode(d.id());
        out.setSource(SOURCE);
        if (!d.fixes().isEmpty() && d.file() == null) {
            out.setData(fixData(d.fixes()));
        }
        return out;
    }

    /** The wire form of fixes in {@code Diagnostic.data}: {@code {"fixes":[{"title","edits":[TextEdit]}]}}. */
    static JsonObject fixData(List<nianbao.core.diagnostic.Diagnostic.Fix> fixes) {
        JsonArray list = new JsonArray();
        for (nianbao.core.diagnostic.Diagnostic.Fix fix : fixes) {
            JsonObject f = new JsonObject();
            f.addProperty("title", fix.title());
            JsonArray edits = new JsonArray();
            for (nianbao.core.diagnostic.Diagnostic.Edit e : fix.edits()) {
                JsonObject edit = new JsonObject();
                edit.add("range", json(range(e.range())));
                edit.addProperty("newText", e.newText());
                edits.add(edit);
            }
            f.add("edits", edits);
            list.add(f);
        }
        JsonObject data = new JsonObject();
        data.add("fixes", list);
        return data;
    }

    /** A fix read back from {@code Diagnostic.data}: a title and its edits. */
    record QuickFix(String title, List<TextEdit> edits) {
    }

    /**
     * The fixes in a diagnostic's {@code data} as a client sends it back; empty when there is
     * none. Malformed data throws: the caller turns that into a logged error.
     */
    static List<QuickFix> fixes(Object data) {
        if (data == null) {
            return List.of();
        }
        if (!(data instanceof JsonElement element)) {
            throw new IllegalArgumentException("diagnostic data is not JSON: " + data.getClass().getName());
        }
        if (!element.isJsonObject() || !element.getAsJsonObject().has("fixes")) {
            return List.of();
        }
        List<QuickFix> out = new ArrayList<>();
        for (JsonElement f : element.getAsJsonObject().getAsJsonArray("fixes")) {
            JsonObject fix = f.getAsJsonObject();
            List<TextEdit> edits = new ArrayList<>();
            for (JsonElement e : fix.getAsJsonArray("edits")) {
                JsonObject edit = e.getAsJsonObject();
                edits.add(new TextEdit(range(edit.getAsJsonObject("range")), edit.get("newText").getAsString()));
            }
            out.add(new QuickFix(fix.get("title").getAsString(), edits));
        }
        return out;
    }

    private static JsonObject json(Range r) {
        JsonObject o = new JsonObject();
        o.add("start", json(r.getStart()));
        o.add("end", json(r.getEnd()));
        return o;
    }

    private static JsonObject json(Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.getLine());
        o.addProperty("character", p.getCharacter());
        return o;
    }

    private static Range range(JsonObject o) {
        return new Range(position(o.getAsJsonObject("start")), position(o.getAsJsonObject("end")));
    }

    private static Position position(JsonObject o) {
        return new Position(o.get("line").getAsInt(), o.get("character").getAsInt());
    }
}
