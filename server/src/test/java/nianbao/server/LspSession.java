package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nianbao.core.Analysis;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * A server in this JVM and the tests' LSP4J client ({@link ServerConnection}) connected by two
 * pipes, as an editor and the server are by stdio: every request and notification goes through
 * JSON-RPC.
 */
final class LspSession extends ServerConnection {

    private static final int PIPE_BUFFER = 1 << 20;

    /** The server object itself, for tests that must know what it has received. */
    final NianbaoLanguageServer impl;
    final InitializeResult initialized;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    /** The two pipes: the server reads the one the client writes, and the other way round. */
    private record Pipes(PipedInputStream serverIn, PipedOutputStream toServer, PipedInputStream clientIn,
            PipedOutputStream serverOut) {

        static Pipes open() {
            try {
                PipedInputStream serverIn = new PipedInputStream(PIPE_BUFFER);
                PipedInputStream clientIn = new PipedInputStream(PIPE_BUFFER);
                return new Pipes(serverIn, new PipedOutputStream(serverIn), clientIn, new PipedOutputStream(clientIn));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LspSession(Pipes pipes, Function<String, Analysis> analyzer, ClientCapabilities capabilities,
            Object initializationOptions, List<WorkspaceFolder> folders) {
        super(pipes.clientIn(), pipes.toServer());
        impl = analyzer == null ? new NianbaoLanguageServer() : new NianbaoLanguageServer(analyzer);
        Thread serving = new Thread(() -> {
            try {
                exit.complete(Main.run(impl, pipes.serverIn(), pipes.serverOut()));
            } catch (RuntimeException | Error e) {
                exit.completeExceptionally(e);
            } finally {
                closeQuietly(pipes.serverOut());
            }
        }, "test-server");
        serving.setDaemon(true);
        serving.start();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(capabilities);
        init.setInitializationOptions(initializationOptions);
        init.setWorkspaceFolders(folders);
        initialized = initialize(init);
    }

    /** The server as it runs for users: documents analyzed as files of the workspace. */
    /** A session whose server has the example's address open (version 1) with this text. */
    static LspSession opened(String text) {
        LspSession session = start();
        session.open(Example.URI, 1, text);
        return session;
    }

    /** The server's text document service, reached through the client's JSON-RPC proxy. */
    TextDocumentService docs() {
        return server.getTextDocumentService();
    }

    static LspSession start() {
        return new LspSession(Pipes.open(), null, new ClientCapabilities(), null, null);
    }

    static LspSession start(Function<String, Analysis> analyzer) {
        return new LspSession(Pipes.open(), analyzer, new ClientCapabilities(), null, null);
    }

    static LspSession start(ClientCapabilities capabilities) {
        return new LspSession(Pipes.open(), null, capabilities, null, null);
    }

    /** A client that sends initialization options (a JSON object, as the VS Code extension does). */
    static LspSession start(ClientCapabilities capabilities, Object initializationOptions) {
        return new LspSession(Pipes.open(), null, capabilities, initializationOptions, null);
    }

    /** A client with workspace folders (the first is the root reports may not leave). */
    static LspSession start(ClientCapabilities capabilities, Object initializationOptions, List<WorkspaceFolder> folders) {
        return new LspSession(Pipes.open(), null, capabilities, initializationOptions, folders);
    }

    /** Closes the client's end of the connection, as an editor that quits does; the server's exit code. */
    CompletableFuture<Integer> disconnect() {
        closeInput();
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
            shutdownAndExit();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS), "exit code after shutdown + exit");
        }
        super.close();
    }
}
