package nianbao.server;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Publishes each document's diagnostics, tagged with the version they were computed for.
 *
 * <p>All work runs on one background thread, in the order it was asked for. A task holds the
 * exact version it was made for and gives up as soon as that version is no longer the latest,
 * before analysing and again before publishing; so work for outdated versions is dropped, and
 * since the latest version only moves forward, no result is published after a newer one.
 */
final class LiveDiagnostics {

    /** How long a change waits for the next keystroke before it is analysed. */
    static final long DEBOUNCE_MILLIS = 30;

    private final ScheduledExecutorService worker;
    private final OpenDocuments documents;
    private final Supplier<LanguageClient> client;
    private final ServerLog log;

    LiveDiagnostics(ScheduledExecutorService worker, OpenDocuments documents, Supplier<LanguageClient> client, ServerLog log) {
        this.worker = worker;
        this.documents = documents;
        this.client = client;
        this.log = log;
    }

    /** A document just opened: the clerk waits for its diagnostics, so no delay. */
    void opened(TextDocument doc) {
        schedule(() -> validate(doc), 0);
    }

    void changed(TextDocument doc) {
        schedule(() -> validate(doc), DEBOUNCE_MILLIS);
    }

    /** Clears the closed document's diagnostics (after any task still queued for it). */
    void closed(String uri) {
        schedule(() -> {
            if (documents.get(uri) == null) {
                publish(new PublishDiagnosticsParams(uri, List.of()));
            }
        }, 0);
    }

    private void validate(TextDocument doc) {
        if (!documents.isCurrent(doc)) {
            return;
        }
        List<Diagnostic> diagnostics = LspTypes.diagnostics(doc.findings());
        if (!documents.isCurrent(doc)) {
            return;
        }
        publish(new PublishDiagnosticsParams(doc.uri(), diagnostics, doc.version()));
    }

    private void publish(PublishDiagnosticsParams params) {
        LanguageClient c = client.get();
        if (c != null) {
            c.publishDiagnostics(params);
        }
    }

    private void schedule(Runnable task, long delayMillis) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException | StackOverflowError e) {
                log.error("diagnostics failed", e);
            }
        };
        try {
            worker.schedule(guarded, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the server is shutting down
        }
    }
}
