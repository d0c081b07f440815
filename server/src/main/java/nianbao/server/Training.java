package nianbao.server;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A short session with the server, in-process over pipes, run once at package time with
 * {@code -XX:ArchiveClassesAtExit} so that the classes an editor session loads go into a class
 * data sharing archive ({@code target/nianbao-server.jsa}) and the server starts faster. It
 * opens the given report, edits it and asks for every feature once. Not used at run time.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=A.jsa -cp nianbao-server.jar nianbao.server.Training REPORT}
 */
public final class Training {

    private static final String URI = "file:///training/report.nianbao";

    /** When the session ends, the client's reader finds its pipe closed: expected, not worth a trace. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger(StreamMessageProducer.class.getName()),
            Logger.getLogger(ConcurrentMessageProcessor.class.getName()));

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        QUIET.forEach(l -> l.setLevel(Level.OFF));
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream toClient = new PipedOutputStream(clientIn);
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> Main.run(serverIn, toClient));

        Client client = new Client();
        Launcher<NianbaoServer> launcher = new Launcher.Builder<NianbaoServer>()
                .setLocalService(client)
                .setRemoteInterface(NianbaoServer.class)
                .setInput(clientIn)
                .setOutput(toServer)
                .create();
        launcher.startListening();
        NianbaoServer server = launcher.getRemoteProxy();
        var documents = server.getTextDocumentService();
        var id = new TextDocumentIdentifier(URI);

        InitializeParams init = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities textCaps = new TextDocumentClientCapabilities();
        textCaps.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
        caps.setTextDocument(textCaps);
        init.setCapabilities(caps);
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "nianbao", 1, text)));
        client.diagnostics.get(60, TimeUnit.SECONDS);

        // A digit typed at the end of the first table row: a finding with a fix.
        List<String> lines = text.lines().toList();
        int row = 0;
        while (row < lines.size() - 1 && !lines.get(row).startsWith("[")) {
            row++;
        }
        row = Math.min(row + 1, lines.size() - 1);
        Position end = new Position(row, lines.get(row).length());
        client.diagnostics = new CompletableFuture<>();
        documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                List.of(new TextDocumentContentChangeEvent(new Range(end, end), "1"))));
        List<org.eclipse.lsp4j.Diagnostic> found = client.diagnostics.get(60, TimeUnit.SECONDS);

        Position label = new Position(row, 1);
        documents.completion(new CompletionParams(id, label)).get(60, TimeUnit.SECONDS);
        documents.hover(new HoverParams(id, label)).get(60, TimeUnit.SECONDS);
        documents.documentSymbol(new DocumentSymbolParams(id)).get(60, TimeUnit.SECONDS);
        documents.foldingRange(new FoldingRangeRequestParams(id)).get(60, TimeUnit.SECONDS);
        documents.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))).get(60, TimeUnit.SECONDS);
        documents.semanticTokensFull(new SemanticTokensParams(id)).get(60, TimeUnit.SECONDS);
        documents.inlayHint(new InlayHintParams(id, new Range(new Position(0, 0), new Position(lines.size(), 0))))
                .get(60, TimeUnit.SECONDS);
        documents.codeAction(new CodeActionParams(id, new Range(end, end), new CodeActionContext(found)))
                .get(60, TimeUnit.SECONDS);
        server.render(new RenderParams(URI, RenderParams.HTML)).get(60, TimeUnit.SECONDS);
        server.render(new RenderParams(URI, RenderParams.JSON)).get(60, TimeUnit.SECONDS);

        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        serving.get(60, TimeUnit.SECONDS);
        toServer.close();
        // The client's reader thread waits on its pipe (not a daemon): without this the JVM, and
        // the build that runs it, would wait about a minute more before writing the archive.
        System.exit(0);
    }

    /** Waits for diagnostics; ignores everything else. */
    private static final class Client implements LanguageClient {

        volatile CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> diagnostics = new CompletableFuture<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.complete(params.getDiagnostics());
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

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
