package nianbao.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.core.diagnostic.Severity;
import nianbao.core.features.Fold;
import nianbao.core.features.FileLink;
import nianbao.core.features.Highlight;
import nianbao.core.features.HoverInfo;
import nianbao.core.features.RuleLens;
import nianbao.core.features.OutlineSymbol;
import nianbao.core.features.SemanticToken;
import nianbao.core.features.SemanticTokens;
import nianbao.core.features.Snippets;
import nianbao.syntax.SourceText;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

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

    static List<TextEdit> textEdits(List<nianbao.core.diagnostic.Diagnostic.Edit> edits) {
        return edits.stream().map(e -> new TextEdit(range(e.range()), e.newText())).toList();
    }

    /**
     * A completion candidate. LSP wants the edit of an item on the caret's line; a candidate that
     * replaces more (the whole-report snippet in a blank document) keeps the caret line's part as
     * its edit and deletes the rest with additional edits.
     *
     * @param snippets whether the client expands snippets; if not, a snippet is inserted as the
     *                 plain text its tab stops hold
     * @param retrigger the client's command that opens completion again (VS Code's extension
     *                 names {@code editor.action.triggerSuggest}), or null: a group of rows then
     *                 inserts its name only
     */
    static CompletionItem completion(nianbao.core.features.CompletionItem c, boolean snippets, String retrigger,
            SourceText text, nianbao.syntax.Position caret) {
        CompletionItem out = new CompletionItem(c.label());
        out.setDetail(c.detail() == null || c.detail().isEmpty() ? null : c.detail());
        out.setFilterText(c.filterText());
        out.setSortText(c.sortText());
        out.setKind(kind(c.kind()));
        boolean snippet = c.isSnippet() && snippets;
        String insert = c.isSnippet() && !snippets ? Snippets.plainText(c.insertText()) : c.insertText();
        out.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        if (c.retrigger() && retrigger != null) {
            // a group of rows: once its name is in, the editor asks again and gets its rows
            out.setCommand(new org.eclipse.lsp4j.Command("补全其下的行", retrigger));
        }
        nianbao.syntax.Range r = c.range();
        if (r == null) {
            out.setInsertText(insert);
            return out;
        }
        int line = caret.line();
        if (r.start().line() == line && r.end().line() == line) {
            out.setTextEdit(Either.forLeft(new TextEdit(range(r), insert)));
            return out;
        }
        int lineStart = Math.max(text.offset(r.start()), text.lineStart(Math.min(line, text.lineCount() - 1)));
        int lineEnd = Math.min(text.offset(r.end()), text.lineEnd(Math.min(line, text.lineCount() - 1)));
        nianbao.syntax.Range onLine = lineEnd >= lineStart ? text.range(lineStart, lineEnd) : new nianbao.syntax.Range(caret, caret);
        out.setTextEdit(Either.forLeft(new TextEdit(range(onLine), insert)));
        List<TextEdit> rest = new ArrayList<>();
        if (r.start().compareTo(onLine.start()) < 0) {
            rest.add(new TextEdit(range(new nianbao.syntax.Range(r.start(), onLine.start())), ""));
        }
        if (onLine.end().compareTo(r.end()) < 0) {
            rest.add(new TextEdit(range(new nianbao.syntax.Range(onLine.end(), r.end())), ""));
        }
        if (!rest.isEmpty()) {
            out.setAdditionalTextEdits(rest);
        }
        return out;
    }

    private static CompletionItemKind kind(nianbao.core.features.CompletionItem.Kind k) {
        return switch (k) {
            case ROW -> CompletionItemKind.EnumMember;
            case ROW_GROUP -> CompletionItemKind.Folder;
            case COLUMN -> CompletionItemKind.Field;
            case SECTION -> CompletionItemKind.Module;
            case TABLE -> CompletionItemKind.Struct;
            case TEMPLATE -> CompletionItemKind.File;
            case FIELD -> CompletionItemKind.Property;
            case SNIPPET -> CompletionItemKind.Snippet;
        };
    }

    static Hover hover(HoverInfo info) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, info.markdown()), info.range() == null ? null : range(info.range()));
    }

    static DocumentSymbol symbol(OutlineSymbol s) {
        // clients reject a symbol without a name; a table head written as "[]" has none
        String name = !s.name().isBlank() ? s.name() : !s.detail().isBlank() ? s.detail() : "（无名）";
        DocumentSymbol out = new DocumentSymbol(name, symbolKind(s.kind()), range(s.range()), range(s.selectionRange()),
                s.detail().isEmpty() ? null : s.detail());
        out.setChildren(s.children().stream().map(LspTypes::symbol).toList());
        return out;
    }

    private static SymbolKind symbolKind(OutlineSymbol.Kind k) {
        return switch (k) {
            case FIELD -> SymbolKind.Property;
            case SECTION -> SymbolKind.Module;
            case TABLE -> SymbolKind.Struct;
            case ROW -> SymbolKind.Field;
            case COLUMN -> SymbolKind.Property;
            case RULE -> SymbolKind.Function;
        };
    }

    static FoldingRange fold(Fold f) {
        FoldingRange out = new FoldingRange(f.startLine(), f.endLine());
        out.setKind(f.kind() == Fold.Kind.COMMENT ? FoldingRangeKind.Comment : FoldingRangeKind.Region);
        return out;
    }

    static SemanticTokensLegend semanticTokensLegend() {
        return new SemanticTokensLegend(SemanticTokens.LEGEND, List.of());
    }

    static org.eclipse.lsp4j.SemanticTokens semanticTokens(List<SemanticToken> tokens) {
        return new org.eclipse.lsp4j.SemanticTokens(Arrays.stream(SemanticTokens.encode(tokens)).boxed().toList());
    }

    static InlayHint inlayHint(nianbao.core.features.InlayHint h) {
        InlayHint out = new InlayHint(position(h.position()), Either.forLeft(h.label()));
        if (h.tooltip() != null && !h.tooltip().isEmpty()) {
            out.setTooltip(Either.forLeft(h.tooltip()));
        }
        out.setPaddingLeft(true);
        return out;
    }

    static DocumentHighlight highlight(Highlight h) {
        return new DocumentHighlight(range(h.range()), switch (h.kind()) {
            case TEXT -> DocumentHighlightKind.Text;
            case READ -> DocumentHighlightKind.Read;
            case WRITE -> DocumentHighlightKind.Write;
        });
    }

    /**
     * A lens resolved at once, as plain text: its command names no command (VS Code shows such a
     * lens as a label, not a link), so no client runs anything.
     */
    static CodeLens codeLens(RuleLens l) {
        return new CodeLens(range(l.range()), new org.eclipse.lsp4j.Command(l.title(), ""), null);
    }

    static DocumentLink link(FileLink l) {
        return new DocumentLink(range(l.range()), l.file().toUri().toString(), null, l.tooltip());
    }

    /** Ranges innermost first, as core gives them, linked from the outermost in. */
    static SelectionRange selectionRange(List<nianbao.syntax.Range> chain) {
        SelectionRange out = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            out = new SelectionRange(range(chain.get(i)), out);
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
