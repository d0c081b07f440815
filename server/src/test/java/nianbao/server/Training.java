package nianbao.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * A short session with the server, run once at package time (server/pom.xml) so that the classes
 * an editor session loads go into a class data sharing archive ({@code target/nianbao-server.jsa})
 * and the server starts faster. It starts the server as its own process with the command it is
 * given (the shaded jar with {@code -XX:ArchiveClassesAtExit}, so the archive is made on exactly the
 * class path {@code nianbao lsp} runs), talks to it over stdio with the tests' {@link TestClient},
 * opens the given report, edits it and asks for every feature once. Build-time code: it lives
 * with the tests and is not in the runtime jar.
 *
 * <p>Usage: {@code java -cp TEST-CLASSPATH nianbao.server.Training REPORT java -XX:ArchiveClassesAtExit=A.jsa -jar nianbao-server.jar}
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
        Process process = new ProcessBuilder(Arrays.asList(args).subList(1, args.length))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        InputStream clientIn = process.getInputStream();
        OutputStream toServer = process.getOutputStream();

        TestClient client = new TestClient();
        Launcher<NianbaoServer> launcher = new Launcher.Builder<NianbaoServer>()
                .setLocalService(client)
                .setRemoteInterface(NianbaoServer.class)
                .setInput(clientIn)
                .setOutput(toServer)
                .create();
        // Listens until the stream ends; LSP4J logs what it fails to read, so nothing awaits it.
        var unused = launcher.startListening();
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
        client.diagnostics(URI, 1);

        // A digit typed at the end of the first table row: a finding with a fix.
        List<String> lines = text.lines().toList();
        int row = 0;
        while (row < lines.size() - 1 && !lines.get(row).startsWith("[")) {
            row++;
        }
        row = Math.min(row + 1, lines.size() - 1);
        Position end = new Position(row, lines.get(row).length());
        documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                List.of(new TextDocumentContentChangeEvent(new Range(end, end), "1"))));
        List<org.eclipse.lsp4j.Diagnostic> found = client.diagnostics(URI, 2).getDiagnostics();

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
        // The server writes the archive as it exits.
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            System.err.println("nianbao.server.Training: the server did not exit cleanly");
            System.exit(1);
        }
        // The client's reader thread is not a daemon: end here rather than wait for it.
        System.exit(0);
    }
}
