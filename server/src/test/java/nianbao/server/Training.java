package nianbao.server;

import static nianbao.server.testing.ServerConnection.answer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * A short session with the server, run once at package time (server/pom.xml) so that the classes
 * an editor session loads go into a class data sharing archive ({@code target/nianbao-server.jsa})
 * and the server starts faster. It starts the server as its own process with the command it is
 * given (the shaded jar with {@code -XX:ArchiveClassesAtExit}, so the archive is made on exactly the
 * class path {@code nianbao lsp} runs), talks to it over stdio with the tests' client
 * ({@link ServerConnection}), opens the given report, edits it and asks for every feature once.
 * Build-time code: it lives with the tests and is not in the runtime jar.
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
        ProcessBuilder command = new ProcessBuilder(Arrays.asList(args).subList(1, args.length))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try (ServerConnection connection = ServerConnection.start(command)) {
            train(connection, text);
            connection.shutdownAndExit();
            // The server writes the archive as it exits.
            if (connection.waitForExit() != 0) {
                System.err.println("nianbao.server.Training: the server did not exit cleanly");
                System.exit(1);
            }
        }
    }

    /** Opens the report, types a digit into a table row, and asks for every feature once. */
    private static void train(ServerConnection connection, String text) {
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities textCaps = new TextDocumentClientCapabilities();
        textCaps.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
        caps.setTextDocument(textCaps);
        connection.initialize(caps);
        connection.open(URI, 1, text);
        connection.client.diagnostics(URI, 1);

        // A digit typed at the end of the first table row: a finding with a fix.
        List<String> lines = text.lines().toList();
        int row = 0;
        while (row < lines.size() - 1 && !lines.get(row).startsWith("[")) {
            row++;
        }
        row = Math.min(row + 1, lines.size() - 1);
        int end = lines.get(row).length();
        connection.change(URI, 2, ServerConnection.range(row, end, end), "1");
        List<org.eclipse.lsp4j.Diagnostic> found = connection.client.diagnostics(URI, 2).getDiagnostics();

        var documents = connection.server.getTextDocumentService();
        var id = new TextDocumentIdentifier(URI);
        Position label = new Position(row, 1);
        answer(documents.completion(new CompletionParams(id, label)), "completion");
        answer(documents.hover(new HoverParams(id, label)), "hover");
        answer(documents.documentSymbol(new DocumentSymbolParams(id)), "documentSymbol");
        answer(documents.foldingRange(new FoldingRangeRequestParams(id)), "foldingRange");
        answer(documents.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))), "formatting");
        answer(documents.semanticTokensFull(new SemanticTokensParams(id)), "semanticTokens");
        answer(documents.inlayHint(new InlayHintParams(id, new Range(new Position(0, 0), new Position(lines.size(), 0)))),
                "inlayHint");
        answer(documents.codeAction(new CodeActionParams(id, ServerConnection.range(row, end, end), new CodeActionContext(found))),
                "codeAction");
        answer(connection.server.render(new RenderParams(URI, RenderParams.HTML)), "render html");
        answer(connection.server.render(new RenderParams(URI, RenderParams.JSON)), "render json");
    }
}
