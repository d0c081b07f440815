package nianbao.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client side of a test session: records what the server publishes and logs, in order. */
final class TestClient implements LanguageClient {

    /** How long a test waits for something that must come before it calls the server hung. */
    private static final long HANG_MILLIS = 30_000;

    private final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final List<MessageParams> logged = new ArrayList<>();
    private final List<org.eclipse.lsp4j.Registration> registrations = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
        registrations.addAll(params.getRegistrations());
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    synchronized List<org.eclipse.lsp4j.Registration> registrations() {
        return List.copyOf(registrations);
    }

    /** The first registration of a method the server asked for (waits for it). */
    org.eclipse.lsp4j.Registration registration(String method) {
        return await(() -> registrations().stream().filter(r -> r.getMethod().equals(method)).findFirst().orElse(null),
                "a registration of " + method);
    }

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        published.add(params);
        notifyAll();
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        logged.add(message);
        notifyAll();
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    /** Everything published for a document, in the order it arrived. */
    synchronized List<PublishDiagnosticsParams> published(String uri) {
        return published.stream().filter(p -> p.getUri().equals(uri)).toList();
    }

    /** The diagnostics published for exactly this version of a document (waits for them). */
    PublishDiagnosticsParams diagnostics(String uri, int version) {
        return await(() -> published(uri).stream()
                .filter(p -> p.getVersion() != null && p.getVersion() == version).findFirst().orElse(null),
                "diagnostics for " + uri + " version " + version);
    }

    /** The first publication for a document that matches (waits for it). */
    PublishDiagnosticsParams diagnostics(String uri, Predicate<PublishDiagnosticsParams> which, String what) {
        return await(() -> published(uri).stream().filter(which).findFirst().orElse(null), what);
    }

    synchronized List<MessageParams> logged(MessageType type) {
        return logged.stream().filter(m -> m.getType() == type).toList();
    }

    /** The first error logged whose text contains the given words (waits for it). */
    MessageParams loggedError(String words) {
        return await(() -> logged(MessageType.Error).stream().filter(m -> m.getMessage().contains(words))
                .findFirst().orElse(null), "an error log containing " + words);
    }

    MessageParams loggedWarning(String words) {
        return await(() -> logged(MessageType.Warning).stream().filter(m -> m.getMessage().contains(words))
                .findFirst().orElse(null), "a warning log containing " + words);
    }

    private synchronized <T> T await(Supplier<T> found, String what) {
        long deadline = System.currentTimeMillis() + HANG_MILLIS;
        T result;
        while ((result = found.get()) == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                fail("the server never sent " + what);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
        return result;
    }
}
