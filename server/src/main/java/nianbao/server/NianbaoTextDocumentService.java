package nianbao.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
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

    NianbaoTextDocumentService(OpenDocuments documents, LiveDiagnostics diagnostics, Executor worker, ServerLog log) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.worker = worker;
        this.log = log;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        diagnostics.opened(documents.open(item.getUri(), item.getVersion(), item.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var id = params.getTextDocument();
        TextDocument next = documents.change(id.getUri(), id.getVersion(), params.getContentChanges());
        if (next != null) {
            diagnostics.changed(next);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.close(uri);
        diagnostics.closed(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the open document is the truth; saving changes nothing
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
                default -> throw new IllegalArgumentException("unknown render format: " + format);
            };
        });
    }

    /**
     * Answers a request about one document on the background worker, from the version that is
     * current when the request arrives. Not open, or the feature fails: the empty answer.
     */
    private <T> CompletableFuture<T> answer(String feature, String uri, T empty, Function<TextDocument, T> work) {
        TextDocument doc = documents.get(uri);
        if (doc == null) {
            log.info(feature + ": document is not open: " + uri);
            return CompletableFuture.completedFuture(empty);
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    T result = work.apply(doc);
                    return result == null ? empty : result;
                } catch (RuntimeException | StackOverflowError e) {
                    log.error(feature + " failed on " + uri + " v" + doc.version(), e);
                    return empty;
                }
            }, worker);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(empty);
        }
    }
}
