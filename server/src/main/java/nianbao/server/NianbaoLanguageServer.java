package nianbao.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import nianbao.core.Analysis;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server for {@code .nianbao} reports. It only adapts the protocol: every answer
 * comes from {@code nianbao.core}, the same pipeline {@code nianbao check} runs.
 */
public final class NianbaoLanguageServer implements NianbaoServer, LanguageClientAware {

    static final String NAME = "nianbao";

    private final ServerLog log = new ServerLog();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nianbao-analysis");
        t.setDaemon(true);
        return t;
    });
    private final NianbaoTextDocumentService textDocuments;
    private final OpenDocuments documents;
    private final Workspace files = new Workspace();
    private final NianbaoWorkspaceService workspace;
    /** Whether the client lets the server ask it to watch files (workspace/didChangeWatchedFiles). */
    private volatile boolean watchFiles;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile boolean shutdownRequested;

    public NianbaoLanguageServer() {
        this((BiFunction<String, String, Analysis>) null);
    }

    /** A server whose documents are analysed by the given function (tests inject faults here). */
    public NianbaoLanguageServer(Function<String, Analysis> analyzer) {
        this((uri, text) -> analyzer.apply(text));
    }

    /** A server whose documents (uri, text) are analysed by the given function, or as files in the workspace. */
    private NianbaoLanguageServer(BiFunction<String, String, Analysis> analyzer) {
        documents = new OpenDocuments(analyzer != null ? analyzer : files::analyze, files::readTemplate, log);
        LiveDiagnostics diagnostics = new LiveDiagnostics(worker, documents, () -> client, log);
        textDocuments = new NianbaoTextDocumentService(documents, diagnostics, worker, log);
        textDocuments.templates(files::templates);
        workspace = new NianbaoWorkspaceService(files, () -> documents.rereadAll().forEach(diagnostics::changed));
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        log.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        textDocuments.snippets(snippetSupport(params));
        textDocuments.retriggerCommand(retriggerCommand(params.getInitializationOptions()));
        watchFiles = watchedFilesRegistration(params);
        String root = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()
                ? params.getWorkspaceFolders().get(0).getUri() : params.getRootUri();
        files.configure(root, params.getInitializationOptions());
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo(NAME, version())));
    }

    /**
     * Asks the client to report changes to template files and reports (a county template, last
     * year's report), when it can watch files for the server; the open reports are then checked again.
     */
    @Override
    public void initialized(org.eclipse.lsp4j.InitializedParams params) {
        LanguageClient c = client;
        if (!watchFiles || c == null) {
            return;
        }
        var watchers = List.of(new org.eclipse.lsp4j.FileSystemWatcher(Either.forLeft("**/*.nbt")),
                new org.eclipse.lsp4j.FileSystemWatcher(Either.forLeft("**/*.nianbao")));
        var registration = new org.eclipse.lsp4j.Registration("nianbao-watched-files",
                "workspace/didChangeWatchedFiles", new org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions(watchers));
        c.registerCapability(new org.eclipse.lsp4j.RegistrationParams(List.of(registration)))
                .exceptionally(e -> {
                    log.warning("the client did not accept the file watchers: " + e.getMessage());
                    return null;
                });
    }

    private static boolean watchedFilesRegistration(InitializeParams params) {
        var caps = params.getCapabilities();
        var ws = caps == null ? null : caps.getWorkspace();
        var watched = ws == null ? null : ws.getDidChangeWatchedFiles();
        return watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration());
    }

    static ServerCapabilities capabilities() {
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        c.setTextDocumentSync(sync);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        c.setCompletionProvider(new CompletionOptions(false, List.of("#", "[", "【")));
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setDocumentRangeFormattingProvider(true);
        c.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(LspTypes.semanticTokensLegend(), true, false));
        c.setInlayHintProvider(true);
        c.setDocumentHighlightProvider(true);
        c.setCodeLensProvider(new org.eclipse.lsp4j.CodeLensOptions(false));
        c.setDocumentLinkProvider(new org.eclipse.lsp4j.DocumentLinkOptions(false));
        c.setSelectionRangeProvider(true);
        return c;
    }

    /** {@code initializationOptions.completionRetrigger}: the client's command that opens completion again. */
    private static String retriggerCommand(Object options) {
        return options instanceof com.google.gson.JsonObject o && o.get("completionRetrigger") instanceof com.google.gson.JsonPrimitive p
                && p.isString() && !p.getAsString().isBlank() ? p.getAsString() : null;
    }

    private static boolean snippetSupport(InitializeParams params) {
        var caps = params.getCapabilities();
        var text = caps == null ? null : caps.getTextDocument();
        var completion = text == null ? null : text.getCompletion();
        var item = completion == null ? null : completion.getCompletionItem();
        return item != null && Boolean.TRUE.equals(item.getSnippetSupport());
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        // LSP: exit code 0 after a shutdown request, 1 without one
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    /** Completes when the client sends {@code exit} or the connection ends (then with 0). */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    void connectionClosed() {
        exitCode.complete(0);
    }

    /** Stops the background work; the server answers nothing after this. */
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public CompletableFuture<RenderResult> render(RenderParams params) {
        return textDocuments.render(params);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    ServerLog log() {
        return log;
    }

    /** The latest version of an open document the server has received, or -1 (for tests). */
    int versionOf(String uri) {
        TextDocument doc = documents.get(uri);
        return doc == null ? -1 : doc.version();
    }

    private static String version() {
        String v = NianbaoLanguageServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
