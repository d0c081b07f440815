package nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Drives the real server jar, started as a process, through an LSP4J client over its standard
 * input and output, and measures what a clerk waits for:
 * <ul>
 *   <li>{@code start}: from starting the process to the first diagnostics of the opened report
 *       (initialize, initialized, didOpen), one new process per sample;</li>
 *   <li>{@code change}: from sending a didChange (one character of a table cell) to receiving
 *       publishDiagnostics for that version;</li>
 *   <li>{@code completion}: a completion request in the label of a table row, on a settled document;</li>
 *   <li>{@code change+completion}: a keystroke immediately followed by a completion request,
 *       until the completion answers (what typing with completion feels like);</li>
 *   <li>{@code rss}: the server's peak resident memory (VmHWM of /proc/PID/status) after all that.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp nianbao-bench.jar nianbao.bench.LspLatency --server JAR|--command "CMD ARGS"
 * [--java-opts "..."] [--scales 1,10,100] [--warmup 20] [--iterations 50] [--starts 50]}
 */
public final class LspLatency {

    private static final String URI_PREFIX = "file:///bench/report-";

    private LspLatency() {
    }

    public static void main(String[] args) throws Exception {
        String server = null;
        String startCommand = null;
        String javaOpts = "";
        String scales = "1,10,100";
        int warmup = 20;
        int iterations = 50;
        int starts = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server" -> server = args[++i];
                case "--command" -> startCommand = args[++i];
                case "--java-opts" -> javaOpts = args[++i];
                case "--scales" -> scales = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--starts" -> starts = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (startCommand != null) {
            // The server started by a command of its own, e.g. "./nianbao lsp", instead of java -jar.
            server = startCommand;
        } else if (server == null || !Files.isRegularFile(Path.of(server))) {
            throw new IllegalArgumentException("--server JAR: the server jar (server/target/nianbao-server.jar); got " + server);
        }
        List<String> command = new ArrayList<>();
        if (startCommand != null) {
            command.addAll(List.of(startCommand.trim().split("\\s+")));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String opt : javaOpts.trim().split("\\s+")) {
                if (!opt.isEmpty()) {
                    command.add(opt);
                }
            }
            command.add("-jar");
            command.add(server);
        }
        for (String s : scales.split(",")) {
            int scale = Integer.parseInt(s.trim());
            String text = Reports.scaled(scale);
            String label = scale + "x";
            Stats start = new Stats("lsp start->diagnostics", label, "ms");
            for (int i = 0; i < starts; i++) {
                try (Session session = Session.start(command, text, scale)) {
                    start.addNanosAsMillis(session.startNanos);
                }
            }
            start.print();
            try (Session session = Session.start(command, text, scale)) {
                Stats change = new Stats("lsp didChange->diagnostics", label, "ms");
                Stats completion = new Stats("lsp completion", label, "ms");
                Stats typed = new Stats("lsp change+completion", label, "ms");
                for (int i = 0; i < warmup + iterations; i++) {
                    long c = session.change();
                    long k = session.completion();
                    long t = session.changeThenCompletion();
                    if (i >= warmup) {
                        change.addNanosAsMillis(c);
                        completion.addNanosAsMillis(k);
                        typed.addNanosAsMillis(t);
                    }
                }
                change.print();
                completion.print();
                typed.print();
                Stats rss = new Stats("lsp peak RSS", label, "MB");
                rss.add(session.peakRssMegabytes());
                rss.print();
            }
        }
        // The LSP4J client's idle threads would keep this JVM alive for about a minute more.
        System.out.flush();
        System.exit(0);
    }

    /** One server process with one open report. */
    private static final class Session implements AutoCloseable {

        private final Process process;
        private final LanguageServer server;
        private final Client client;
        private final String uri;
        private final int cellLine;
        private final int cellCharacter;
        private final Position caret;
        private int version = 1;
        private boolean cellChanged;
        long startNanos;

        private Session(Process process, LanguageServer server, Client client, String uri, String text) {
            this.process = process;
            this.server = server;
            this.client = client;
            this.uri = uri;
            // The last cell of the new-applications row: its total, a figure every rule reads.
            this.cellLine = Reports.lineStarting(text, "本年新收");
            this.cellCharacter = text.split("\n", -1)[cellLine].length() - 1;
            this.caret = new Position(Reports.lineStarting(text, "国家秘密"), 2);
        }

        static Session start(List<String> command, String text, int scale) throws Exception {
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Client client = new Client();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                    process.getOutputStream());
            // Listens until the stream ends; LSP4J logs what it fails to read, so nothing awaits it.
            var unused = launcher.startListening();
            Session s = new Session(process, launcher.getRemoteProxy(), client, URI_PREFIX + scale + ".nianbao", text);
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            ClientCapabilities caps = new ClientCapabilities();
            TextDocumentClientCapabilities textCaps = new TextDocumentClientCapabilities();
            textCaps.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
            caps.setTextDocument(textCaps);
            init.setCapabilities(caps);
            s.server.initialize(init).get(60, TimeUnit.SECONDS);
            s.server.initialized(new InitializedParams());
            CompletableFuture<Long> first = client.expect(s.uri, 1);
            s.server.getTextDocumentService().didOpen(
                    new DidOpenTextDocumentParams(new TextDocumentItem(s.uri, "nianbao", 1, text)));
            s.startNanos = first.get(60, TimeUnit.SECONDS) - t0;
            return s;
        }

        /** A one-character edit of the cell; the nanoseconds until its diagnostics arrive. */
        long change() throws Exception {
            CompletableFuture<Long> published = client.expect(uri, version + 1);
            long t0 = sendCellEdit();
            return published.get(60, TimeUnit.SECONDS) - t0;
        }

        long completion() throws Exception {
            long t0 = System.nanoTime();
            var items = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), caret)).get(60, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - t0;
            if (items.getLeft() == null || items.getLeft().isEmpty()) {
                throw new IllegalStateException("no completion items at " + caret);
            }
            return elapsed;
        }

        /** A keystroke and at once a completion request: the nanoseconds until the items arrive. */
        long changeThenCompletion() throws Exception {
            CompletableFuture<Long> published = client.expect(uri, version + 1);
            long t0 = sendCellEdit();
            server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), caret)).get(60, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - t0;
            published.get(60, TimeUnit.SECONDS); // settle before the next sample
            return elapsed;
        }

        private long sendCellEdit() {
            version++;
            String newText = cellChanged ? "0" : "1";
            cellChanged = !cellChanged;
            Range range = new Range(new Position(cellLine, cellCharacter), new Position(cellLine, cellCharacter + 1));
            DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, newText)));
            long t0 = System.nanoTime();
            server.getTextDocumentService().didChange(params);
            return t0;
        }

        double peakRssMegabytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").trim();
                    return Long.parseLong(kb) / 1024.0;
                }
            }
            throw new IOException("no VmHWM in /proc/" + process.pid() + "/status");
        }

        @Override
        public void close() throws Exception {
            try {
                server.shutdown().get(10, TimeUnit.SECONDS);
                server.exit();
            } catch (Exception e) {
                // the process is ended below either way
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Notes when diagnostics arrive for each (document, version). */
    private static final class Client implements LanguageClient {

        private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();

        CompletableFuture<Long> expect(String uri, int version) {
            return expected.computeIfAbsent(uri + "#" + version, k -> new CompletableFuture<>());
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            long now = System.nanoTime();
            Integer version = diagnostics.getVersion();
            if (version != null) {
                expect(diagnostics.getUri(), version).complete(now);
            }
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
