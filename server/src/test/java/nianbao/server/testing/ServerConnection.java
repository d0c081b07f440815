package nianbao.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.server.NianbaoServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * A real LSP4J client connected to the server: every request and notification goes through
 * JSON-RPC over the streams, as from an editor. The one client of the server's tests (in process on
 * pipes, over TCP, or the server as its own process), the CLI's tests of the shipped jar, the
 * latency benchmark ({@code bench/LspLatency}) and the class-data training run
 * ({@code server/Training}). What the server sends is recorded by {@link #client}.
 */
public class ServerConnection implements AutoCloseable {

    /** How long a request may take before the server is called hung: a guard, not a measurement. */
    public static final long WAIT_SECONDS = 60;

    public final TestClient client = new TestClient();
    /** The server's side as the client sees it: its requests and notifications. */
    public final NianbaoServer server;
    private final OutputStream toServer;
    private final Process process;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-test-client");
        t.setDaemon(true);
        return t;
    });

    /**
     * Connects to a server that reads {@code toServer} and writes {@code fromServer}; a subclass
     * that runs the server itself starts it after this.
     */
    protected ServerConnection(InputStream fromServer, OutputStream toServer) {
        this(fromServer, toServer, null);
    }

    private ServerConnection(InputStream fromServer, OutputStream toServer, Process process) {
        this.toServer = toServer;
        this.process = process;
        Launcher<NianbaoServer> launcher = new Launcher.Builder<NianbaoServer>()
                .setLocalService(client)
                .setRemoteInterface(NianbaoServer.class)
                .setInput(fromServer)
                .setOutput(toServer)
                .setExecutorService(threads)
                .create();
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** A server on streams of its own, such as a socket's; not yet initialized. */
    public static ServerConnection over(InputStream fromServer, OutputStream toServer) {
        return new ServerConnection(fromServer, toServer, null);
    }

    /**
     * Starts the server as its own process, as an editor does (the caller sets its command, folder
     * and standard error), and connects to its standard input and output; not yet initialized.
     */
    public static ServerConnection start(ProcessBuilder command) {
        try {
            Process process = command.start();
            return new ServerConnection(process.getInputStream(), process.getOutputStream(), process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code initialize} then {@code initialized}, as every editor starts. */
    public InitializeResult initialize(InitializeParams params) {
        InitializeResult result = answer(server.initialize(params), "initialize");
        server.initialized(new InitializedParams());
        return result;
    }

    /** {@code initialize} with these capabilities and nothing else, then {@code initialized}. */
    public InitializeResult initialize(ClientCapabilities capabilities) {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        return initialize(params);
    }

    /** The answer to a request, or an {@link AssertionError} naming it if it fails or never comes. */
    public static <T> T answer(Future<T> request, String what) {
        try {
            return request.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the answer to " + what, e);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer to " + what + " within " + WAIT_SECONDS + " s", e);
        }
    }

    public void open(String uri, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", version, text)));
    }

    /** Sends one incremental change: the text in the range replaced. */
    public void change(String uri, int version, Range range, String text) {
        change(uri, version, List.of(new TextDocumentContentChangeEvent(range, text)));
    }

    public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), changes));
    }

    public void replaceAll(String uri, int version, String text) {
        change(uri, version, List.of(new TextDocumentContentChangeEvent(text)));
    }

    public void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** The range from {@code start} to {@code end} on one line (UTF-16 code units). */
    public static Range range(int line, int start, int end) {
        return new Range(new Position(line, start), new Position(line, end));
    }

    /** {@code shutdown}, its answer awaited (an error fails), then {@code exit}: how an editor ends a session. */
    public void shutdownAndExit() {
        answer(server.shutdown(), "shutdown");
        server.exit();
    }

    /** Closes the client's end of the connection, as an editor that quits or crashes does. */
    public void closeInput() {
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's process, for a server started by {@link #start}. */
    public Process process() {
        if (process == null) {
            throw new IllegalStateException("the server is not a process of this connection");
        }
        return process;
    }

    /** Waits for the server's process to end; its exit code, or an {@link AssertionError} if it does not end. */
    public int waitForExit() {
        try {
            if (!process().waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the server's process did not end within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the server's process", e);
        }
        return process.exitValue();
    }

    /**
     * Ends the session: a process still running is asked to shut down and exit, then ended
     * if it does not; the client's threads stop.
     */
    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                try {
                    shutdownAndExit();
                } catch (AssertionError e) {
                    // a server that does not answer is ended below
                }
                if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            toServer.close();
        } finally {
            threads.shutdownNow();
        }
    }
}
