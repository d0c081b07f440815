package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Drives the real server jar, started as a process, through the tests' LSP4J client over its
 * standard input and output ({@code ServerConnection} of the server's test-jar, each publication
 * timed as it arrives), and measures what a clerk waits for:
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

    /** One server process with one open report, through the tests' LSP client ({@link ServerConnection}). */
    private static final class Session implements AutoCloseable {

        private final ServerConnection connection;
        private final String uri;
        private final int cellLine;
        private final int cellCharacter;
        private final Position caret;
        private int version = 1;
        private boolean cellChanged;
        long startNanos;

        private Session(ServerConnection connection, String uri, String text) {
            this.connection = connection;
            this.uri = uri;
            // The last cell of the new-applications row: its total, a figure every rule reads.
            this.cellLine = Reports.lineStarting(text, "本年新收");
            this.cellCharacter = text.split("\n", -1)[cellLine].length() - 1;
            this.caret = new Position(Reports.lineStarting(text, "国家秘密"), 2);
        }

        static Session start(List<String> command, String text, int scale) {
            long t0 = System.nanoTime();
            ServerConnection connection = ServerConnection.start(
                    new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD));
            Session s = new Session(connection, URI_PREFIX + scale + ".nianbao", text);
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            ClientCapabilities caps = new ClientCapabilities();
            TextDocumentClientCapabilities textCaps = new TextDocumentClientCapabilities();
            textCaps.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
            caps.setTextDocument(textCaps);
            init.setCapabilities(caps);
            connection.initialize(init);
            connection.open(s.uri, 1, text);
            s.startNanos = connection.client.diagnosticsArrival(s.uri, 1) - t0;
            return s;
        }

        /** A one-character edit of the cell; the nanoseconds until its diagnostics arrive. */
        long change() {
            long t0 = sendCellEdit();
            return connection.client.diagnosticsArrival(uri, version) - t0;
        }

        long completion() {
            long t0 = System.nanoTime();
            var items = complete();
            long elapsed = System.nanoTime() - t0;
            if (items.getLeft() == null || items.getLeft().isEmpty()) {
                throw new IllegalStateException("no completion items at " + caret);
            }
            return elapsed;
        }

        /** A keystroke and at once a completion request: the nanoseconds until the items arrive. */
        long changeThenCompletion() {
            long t0 = sendCellEdit();
            complete();
            long elapsed = System.nanoTime() - t0;
            connection.client.diagnosticsArrival(uri, version); // settle before the next sample
            return elapsed;
        }

        private Either<List<CompletionItem>, CompletionList> complete() {
            return ServerConnection.answer(connection.server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), caret)), "completion");
        }

        private long sendCellEdit() {
            version++;
            String newText = cellChanged ? "0" : "1";
            cellChanged = !cellChanged;
            Range range = ServerConnection.range(cellLine, cellCharacter, cellCharacter + 1);
            DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, newText)));
            long t0 = System.nanoTime();
            connection.server.getTextDocumentService().didChange(params);
            return t0;
        }

        double peakRssMegabytes() throws IOException {
            long pid = connection.process().pid();
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").trim();
                    return Long.parseLong(kb) / 1024.0;
                }
            }
            throw new IOException("no VmHWM in /proc/" + pid + "/status");
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }
}
