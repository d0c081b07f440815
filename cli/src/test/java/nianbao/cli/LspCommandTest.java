package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeResult;
import org.junit.jupiter.api.Test;

/** {@code nianbao lsp} speaks LSP on stdio: initialize answers, and closing stdin ends the process. */
class LspCommandTest {

    @Test
    void initializeIsAnsweredOnStdoutAndTheProcessEndsWithItsInput() throws Exception {
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try (ServerConnection connection = ServerConnection.start(command)) {
            InitializeResult answer = connection.initialize(new ClientCapabilities());
            assertNotNull(answer.getCapabilities().getTextDocumentSync(), answer::toString);
            connection.closeInput();
            assertEquals(0, connection.waitForExit(), "exit code once its input is closed");
        }
    }
}
