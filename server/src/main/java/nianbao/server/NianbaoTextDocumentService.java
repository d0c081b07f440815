package nianbao.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import nianbao.core.features.Completion;
import nianbao.core.features.Definition;
import nianbao.core.features.DocumentHighlights;
import nianbao.core.features.DocumentLinks;
import nianbao.core.features.DocumentSymbols;
import nianbao.core.features.TemplateEditing;
import nianbao.core.features.FoldingRanges;
import nianbao.core.features.Formatter;
import nianbao.core.features.InlayHints;
import nianbao.core.features.RuleLenses;
import nianbao.core.features.SelectionRanges;
import nianbao.core.features.SemanticTokens;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Routes document requests: keeps the open documents up to date and hands each request to
 * the feature that answers it, off the protocol thread. A feature that fails is logged and
 * answered with its empty result; the server goes on serving.
 */
final class NianbaoTextDocumentService implements TextDocumentService {

    private final OpenDocuments documents;
    private final LiveDiagnostics diagnostics;
    private final Executor worker;
    private final ServerLog log;
    private final TemplateFiles templateFiles = new TemplateFiles();
    private volatile boolean snippets;
    private volatile String retrigger;
    private volatile java.util.function.Function<String, nianbao.core.template.TemplateResolver> templates =
            uri -> nianbao.core.template.TemplateResolver.builtIn();

    NianbaoTextDocumentService(OpenDocuments documents, LiveDiagnostics diagnostics, Executor worker, ServerLog log) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.worker = worker;
        this.log = log;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        notification("didOpen", () -> {
            var item = params.getTextDocument();
            diagnostics.opened(documents.open(item.getUri(), item.getVersion(), item.getText()));
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        notification("didChange", () -> {
            var id = params.getTextDocument();
            TextDocument next = documents.change(id.getUri(), id.getVersion(), params.getContentChanges());
            if (next != null) {
                diagnostics.changed(next);
            }
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        notification("didClose", () -> {
            String uri = params.getTextDocument().getUri();
            documents.close(uri);
            diagnostics.closed(uri);
        });
    }

    /** Runs a notification on the protocol thread (cheap work only); a failure is logged. */
    private void notification(String name, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error(name + " failed", e);
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the open document is the truth; saving changes nothing
    }

    /** Whether the client expands snippets (from its capabilities at initialize). */
    void snippets(boolean supported) {
        snippets = supported;
    }

    /** The client's command that opens completion again (initialization option), or null. */
    void retriggerCommand(String command) {
        retrigger = command;
    }

    /** Where the templates a document can name are found (for completion after 模板：). */
    void templates(java.util.function.Function<String, nianbao.core.template.TemplateResolver> byUri) {
        templates = byUri;
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer("completion", params.getTextDocument().getUri(), Either.forLeft(List.of()), doc -> {
            var caret = LspTypes.position(params.getPosition());
            if (doc.isTemplate()) {
                var source = new nianbao.syntax.SourceText(doc.text());
                return Either.forLeft(TemplateEditing.completion(doc.template(), doc.text(), caret).stream()
                        .map(c -> LspTypes.completion(c, snippets, retrigger, source, caret)).toList());
            }
            var source = doc.analysis().syntax().source();
            List<CompletionItem> items = Completion.at(doc.analysis(), caret, templates.apply(doc.uri())).stream()
                    .map(c -> LspTypes.completion(c, snippets, retrigger, source, caret)).toList();
            return Either.forLeft(items);
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        // null is LSP's "nothing to show"
        return answer("hover", params.getTextDocument().getUri(), null, doc -> doc.isTemplate()
                ? TemplateEditing.hover(doc.text(), LspTypes.position(params.getPosition())).map(LspTypes::hover).orElse(null)
                : nianbao.core.features.Hover
                .at(doc.analysis(), LspTypes.position(params.getPosition())).map(LspTypes::hover).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return answer("definition", params.getTextDocument().getUri(), Either.forLeft(List.of()), doc -> {
            var target = Definition.at(doc.analysis(), LspTypes.position(params.getPosition()));
            String uri = target.map(templateFiles::uri).orElse(null);
            List<Location> found = uri == null ? List.of() : List.of(new Location(uri, LspTypes.range(target.get().range())));
            return Either.forLeft(found);
        });
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return answer("documentHighlight", params.getTextDocument().getUri(), List.of(), doc -> DocumentHighlights
                .at(doc.analysis(), LspTypes.position(params.getPosition())).stream().map(LspTypes::highlight).toList());
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return answer("documentSymbol", params.getTextDocument().getUri(), List.of(), doc -> (doc.isTemplate()
                ? TemplateEditing.outline(doc.template()) : DocumentSymbols.of(doc.analysis())).stream().map(s -> Either.<SymbolInformation, DocumentSymbol>forRight(LspTypes.symbol(s))).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return answer("foldingRange", params.getTextDocument().getUri(), List.of(),
                doc -> FoldingRanges.of(doc.analysis()).stream().map(LspTypes::fold).toList());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return answer("formatting", params.getTextDocument().getUri(), List.of(),
                doc -> LspTypes.textEdits(Formatter.format(doc.analysis())));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        return answer("rangeFormatting", params.getTextDocument().getUri(), List.of(),
                doc -> LspTypes.textEdits(Formatter.format(doc.analysis(), LspTypes.range(params.getRange()))));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return answer("semanticTokens", params.getTextDocument().getUri(), new org.eclipse.lsp4j.SemanticTokens(List.of()),
                doc -> LspTypes.semanticTokens(SemanticTokens.of(doc.analysis())));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return answer("inlayHint", params.getTextDocument().getUri(), List.of(), doc -> InlayHints
                .of(doc.analysis(), params.getRange() == null ? null : LspTypes.range(params.getRange()))
                .stream().map(LspTypes::inlayHint).toList());
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return answer("codeLens", params.getTextDocument().getUri(), List.of(),
                doc -> RuleLenses.of(doc.analysis()).stream().map(LspTypes::codeLens).toList());
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        return answer("documentLink", params.getTextDocument().getUri(), List.of(),
                doc -> DocumentLinks.of(doc.analysis()).stream().map(LspTypes::link).toList());
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return answer("selectionRange", params.getTextDocument().getUri(), List.of(), doc -> params.getPositions().stream()
                .map(p -> LspTypes.selectionRange(SelectionRanges.at(doc.analysis(), LspTypes.position(p)))).toList());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer("codeAction", params.getTextDocument().getUri(), List.of(), doc -> QuickFixes.of(params));
    }

    CompletableFuture<RenderResult> render(RenderParams params) {
        return answer("render", params.getUri(), new RenderResult(""), doc -> {
            String format = params.getFormat() == null ? RenderParams.HTML : params.getFormat();
            return switch (format) {
                case RenderParams.HTML -> new RenderResult(HtmlOutput.render(doc.analysis()));
                case RenderParams.JSON -> new RenderResult(JsonOutput.render(doc.analysis()));
                case RenderParams.PREVIEW -> new RenderResult(HtmlOutput.renderPreview(doc.analysis()));
                default -> throw new IllegalArgumentException("unknown render format: " + format);
            };
        });
    }

    /**
     * Answers a request about one document on the background worker, from the version that is
     * current when the request arrives. Not open, or the feature fails: the empty answer.
     */
    /** What template files (.nbt) get; the rest of the features are the report's. */
    private static final java.util.Set<String> TEMPLATE_FEATURES = java.util.Set.of("completion", "hover", "documentSymbol",
            "codeAction");

    private <T> CompletableFuture<T> answer(String feature, String uri, T empty, Function<TextDocument, T> work) {
        TextDocument doc = documents.get(uri);
        if (doc == null) {
            log.info(feature + ": document is not open: " + uri);
            return CompletableFuture.completedFuture(empty);
        }
        if (doc.isTemplate() && !TEMPLATE_FEATURES.contains(feature)) {
            return CompletableFuture.completedFuture(empty);
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                if (answer.isDone()) {
                    return; // cancelled by the client while it waited: skip the work
                }
                try {
                    T result = work.apply(doc);
                    answer.complete(result == null ? empty : result);
                } catch (RuntimeException | StackOverflowError e) {
                    log.error(feature + " failed on " + uri + " v" + doc.version(), e);
                    answer.complete(empty);
                }
            });
        } catch (RejectedExecutionException e) {
            answer.complete(empty);
        }
        return answer;
    }
}
