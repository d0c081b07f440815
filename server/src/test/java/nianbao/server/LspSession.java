package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nianbao.core.Analysis;
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
 * A server and a real LSP4J client connected by two pipes, as an editor and the server are by
 * stdio: every request and notification goes through JSON-RPC.
 */
final class LspSession implements AutoCloseable {

    private static final int PIPE_BUFFER = 1 << 20;

    final TestClient client = new TestClient();
    final NianbaoServer server;
    /** The server object itself, for tests that must know what it has received. */
    final NianbaoLanguageServer impl;
    final InitializeResult initialized;
    private final PipedOutputStream toServer;
    private final CompletableFuture<Integer> exit;
    private final ExecutorService clientThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-client");
        t.setDaemon(true);
        return t;
    });

    private LspSession(Function<String, Analysis> analyzer, ClientCapabilities capabilities, Object initializationOptions,
            List<org.eclipse.lsp4j.WorkspaceFolder> folders) {
        try {
            PipedInputStream serverIn = new PipedInputStream(PIPE_BUFFER);
            toServer = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(PIPE_BUFFER);
            PipedOutputStream serverOut = new PipedOutputStream(clientIn);
            impl = analyzer == null ? new NianbaoLanguageServer() : new NianbaoLanguageServer(analyzer);
            exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return Main.run(impl, serverIn, serverOut);
                } finally {
                    closeQuietly(serverOut);
                }
            }, clientThreads);
            Launcher<NianbaoServer> launcher = new Launcher.Builder<NianbaoServer>()
                    .setLocalService(client)
                    .setRemoteInterface(NianbaoServer.class)
                    .setInput(clientIn)
                    .setOutput(toServer)
                    .setExecutorService(clientThreads)
                    .create();
            // Listens until the stream ends; LSP4J logs what it fails to read, so nothing awaits it.
            var unused = launcher.startListening();
            server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(capabilities);
            init.setInitializationOptions(initializationOptions);
            init.setWorkspaceFolders(folders);
            initialized = server.initialize(init).get(30, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server as it runs for users: documents analyzed as files of the workspace. */
    static LspSession start() {
        return new LspSession(null, new ClientCapabilities(), null, null);
    }

    static LspSession start(Function<String, Analysis> analyzer) {
        return new LspSession(analyzer, new ClientCapabilities(), null, null);
    }

    static LspSession start(ClientCapabilities capabilities) {
        return new LspSession(null, capabilities, null, null);
    }

    /** A client that sends initialization options (a JSON object, as the VS Code extension does). */
    static LspSession start(ClientCapabilities capabilities, Object initializationOptions) {
        return new LspSession(null, capabilities, initializationOptions, null);
    }

    /** A client with workspace folders (the first is the root reports may not leave). */
    static LspSession start(ClientCapabilities capabilities, Object initializationOptions,
            List<org.eclipse.lsp4j.WorkspaceFolder> folders) {
        return new LspSession(null, capabilities, initializationOptions, folders);
    }

    void open(String uri, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", version, text)));
    }

    /** Sends one incremental change: the text in [start, end) replaced. */
    void change(String uri, int version, Range range, String text) {
        change(uri, version, List.of(new TextDocumentContentChangeEvent(range, text)));
    }

    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), changes));
    }

    void replaceAll(String uri, int version, String text) {
        change(uri, version, List.of(new TextDocumentContentChangeEvent(text)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    static Range range(int line, int start, int end) {
        return new Range(new Position(line, start), new Position(line, end));
    }

    /** Closes the client's end of the connection, as an editor that quits does. */
    CompletableFuture<Integer> disconnect() {
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exit;
    }

    private static void closeQuietly(PipedOutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the client's end is gone already
        }
    }

    CompletableFuture<Integer> exitCode() {
        return exit;
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS), "exit code after shutdown + exit");
        }
        toServer.close();
        clientThreads.shutdownNow();
    }
}
