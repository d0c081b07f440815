package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.server.testing.ServerConnection;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar nianbao.jar lsp}, what an editor starts: JSON-RPC over the process's standard
 * input and output, through the server's test client (its test-jar), from initialize through the
 * diagnostics of an opened report to shutdown and exit.
 */
class ShippedLspIT {

    @TempDir
    Path dir;

    @Test
    void initializeThenDiagnosticsOfAnOpenedReportThenShutdownAndExit() throws Exception {
        String text = Files.readString(Shipped.example("guanghua-2021.nianbao"), StandardCharsets.UTF_8);
        String row = "本年新收        -       -";
        assertTrue(text.contains(row), "the example still has a blank 本年新收 row");
        String broken = text.replace(row, "本年新收        3       -");
        String uri = dir.resolve("broken.nianbao").toUri().toString();

        ProcessBuilder command = new ProcessBuilder(Shipped.java().toString(), "-jar", Shipped.jar().toString(), "lsp")
                .directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        try (ServerConnection connection = ServerConnection.start(command)) {
            InitializeParams init = new InitializeParams();
            init.setRootUri(dir.toUri().toString());
            init.setCapabilities(new ClientCapabilities());
            InitializeResult initialized = connection.initialize(init);
            assertNotNull(initialized.getCapabilities().getTextDocumentSync(), initialized::toString);

            connection.open(uri, 1, broken);
            List<Diagnostic> diagnostics = connection.client.diagnostics(uri, 1).getDiagnostics();
            Diagnostic first = diagnostics.stream().filter(d -> d.getCode().getLeft().equals("balance.application"))
                    .findFirst().orElseThrow(() -> new AssertionError("no balance.application among " + diagnostics));
            // 本年新收/自然人: line 40, column 13 of the file, zero-based in LSP.
            assertEquals(39, first.getRange().getStart().getLine(), first::toString);
            assertEquals(12, first.getRange().getStart().getCharacter(), first::toString);
            assertEquals(DiagnosticSeverity.Error, first.getSeverity(), first::toString);

            connection.shutdownAndExit();
            assertEquals(0, connection.waitForExit(), () -> "exit code after shutdown + exit; stderr: " + stderr());
        }
        String stderr = stderr();
        assertTrue(!stderr.contains("Exception") && !stderr.contains("NoClassDefFoundError"), stderr);
    }

    private String stderr() {
        try {
            return Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
