package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
import org.junit.jupiter.api.Test;

/** The server as its own process on stdin/stdout, as an editor starts it. */
class StdioProcessTest {

    @Test
    void servesOnStdioAndExitsWhenItsInputCloses() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder command = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT);
        try (ServerConnection connection = ServerConnection.start(command)) {
            assertEquals("nianbao", connection.initialize(new ClientCapabilities()).getServerInfo().getName());
            connection.open(Example.URI, 4, Example.text());
            assertEquals(List.of(), connection.client.diagnostics(Example.URI, 4).getDiagnostics());

            connection.closeInput();
            assertEquals(0, connection.waitForExit(), "the server should exit with 0 when its input closes");
        }
    }
}
