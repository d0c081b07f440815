package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.junit.jupiter.api.Test;

/** {@code --port N}: clients connect over TCP, one after another. */
class TcpTest {

    @Test
    void servesOneClientAfterAnother() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
                try {
                    Main.serve(socket);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int client = 1; client <= 2; client++) {
                try (Socket connection = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort())) {
                    TestClient recorder = new TestClient();
                    Launcher<NianbaoServer> launcher = new Launcher.Builder<NianbaoServer>()
                            .setLocalService(recorder)
                            .setRemoteInterface(NianbaoServer.class)
                            .setInput(connection.getInputStream())
                            .setOutput(connection.getOutputStream())
                            .create();
                    // Listens until the stream ends; LSP4J logs what it fails to read, so nothing awaits it.
                    var unused = launcher.startListening();
                    NianbaoServer server = launcher.getRemoteProxy();
                    InitializeParams init = new InitializeParams();
                    init.setCapabilities(new ClientCapabilities());
                    server.initialize(init).get(30, TimeUnit.SECONDS);
                    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                            new TextDocumentItem(Example.URI, "nianbao", client, Example.text())));
                    assertEquals(List.of(), recorder.diagnostics(Example.URI, client).getDiagnostics());
                    server.shutdown().get(30, TimeUnit.SECONDS);
                    server.exit();
                }
            }
            socket.close();
            serving.get(30, TimeUnit.SECONDS);
        }
    }
}
