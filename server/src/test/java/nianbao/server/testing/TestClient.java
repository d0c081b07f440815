package nianbao.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of a session with the server: records what the server publishes, logs and
 * registers, in order, and when each publication arrived. The one LSP client of the tests, the
 * latency benchmark and the class-data training run (see {@link ServerConnection}); it needs no
 * test framework: what never comes fails with an {@link AssertionError}.
 */
public final class TestClient implements LanguageClient {

    /** How long a wait for something that must come lasts before it calls the server hung. */
    private static final long HANG_MILLIS = 60_000;

    /** Diagnostics as they arrived, with {@link System#nanoTime()} of their arrival. */
    private record Publication(PublishDiagnosticsParams params, long arrivedNanos) {
    }

    private final List<Publication> published = new ArrayList<>();
    private final List<MessageParams> logged = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.addAll(params.getRegistrations());
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    public synchronized List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    /** The first registration of a method the server asked for (waits for it). */
    public Registration registration(String method) {
        return await(() -> registrations().stream().filter(r -> r.getMethod().equals(method)).findFirst().orElse(null),
                "a registration of " + method);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        long now = System.nanoTime();
        synchronized (this) {
            published.add(new Publication(params, now));
            notifyAll();
        }
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        logged.add(message);
        notifyAll();
    }

    @Override
    public void telemetryEvent(Object object) {
        // nothing to record: the server sends no telemetry
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        // nothing to record: no test asks for shown messages
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    /** Everything published for a document, in the order it arrived. */
    public synchronized List<PublishDiagnosticsParams> published(String uri) {
        return published.stream().map(Publication::params).filter(p -> p.getUri().equals(uri)).toList();
    }

    /** The diagnostics published for exactly this version of a document (waits for them). */
    public PublishDiagnosticsParams diagnostics(String uri, int version) {
        return publication(uri, version).params();
    }

    /**
     * When the diagnostics of this version of a document arrived, as {@link System#nanoTime()}
     * read as the client received them (waits for them).
     */
    public long diagnosticsArrival(String uri, int version) {
        return publication(uri, version).arrivedNanos();
    }

    private Publication publication(String uri, int version) {
        return await(() -> {
            for (Publication p : published) {
                Integer v = p.params().getVersion();
                if (p.params().getUri().equals(uri) && v != null && v == version) {
                    return p;
                }
            }
            return null;
        }, "diagnostics for " + uri + " version " + version);
    }

    /** The first publication for a document that matches (waits for it). */
    public PublishDiagnosticsParams diagnostics(String uri, Predicate<PublishDiagnosticsParams> which, String what) {
        return await(() -> published(uri).stream().filter(which).findFirst().orElse(null), what);
    }

    public synchronized List<MessageParams> logged(MessageType type) {
        return logged.stream().filter(m -> m.getType() == type).toList();
    }

    /** The first error logged whose text contains the given words (waits for it). */
    public MessageParams loggedError(String words) {
        return await(() -> logged(MessageType.Error).stream().filter(m -> m.getMessage().contains(words))
                .findFirst().orElse(null), "an error log containing " + words);
    }

    /** The first warning logged whose text contains the given words (waits for it). */
    public MessageParams loggedWarning(String words) {
        return await(() -> logged(MessageType.Warning).stream().filter(m -> m.getMessage().contains(words))
                .findFirst().orElse(null), "a warning log containing " + words);
    }

    private synchronized <T> T await(Supplier<T> found, String what) {
        long deadline = System.currentTimeMillis() + HANG_MILLIS;
        T result;
        while ((result = found.get()) == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the server never sent " + what);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        return result;
    }
}
