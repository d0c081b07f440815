package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.junit.jupiter.api.Test;

/** The server as its own process on stdin/stdout, as an editor starts it. */
class StdioProcessTest {

    @Test
    void servesOnStdioAndExitsWhenItsInputCloses() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            TestClient client = new TestClient();
            Launcher<NianbaoServer> launcher = new Launcher.Builder<NianbaoServer>()
                    .setLocalService(client)
                    .setRemoteInterface(NianbaoServer.class)
                    .setInput(process.getInputStream())
                    .setOutput(process.getOutputStream())
                    .create();
            // Listens until the stream ends; LSP4J logs what it fails to read, so nothing awaits it.
            var unused = launcher.startListening();
            NianbaoServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            assertEquals("nianbao", server.initialize(init).get(30, TimeUnit.SECONDS).getServerInfo().getName());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(Example.URI, "nianbao", 4, Example.text())));
            assertEquals(List.of(), client.diagnostics(Example.URI, 4).getDiagnostics());

            process.getOutputStream().close();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server should exit when its input closes");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
