package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
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
                try (Socket tcp = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort());
                        ServerConnection connection = ServerConnection.over(tcp.getInputStream(), tcp.getOutputStream())) {
                    connection.initialize(new ClientCapabilities());
                    connection.open(Example.URI, client, Example.text());
                    assertEquals(List.of(), connection.client.diagnostics(Example.URI, client).getDiagnostics());
                    connection.shutdownAndExit();
                }
            }
            socket.close();
            serving.get(30, TimeUnit.SECONDS);
        }
    }
}
