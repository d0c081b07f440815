package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code nianbao lsp} speaks LSP on stdio: initialize answers, and closing stdin ends the process. */
class LspCommandTest {

    private static byte[] message(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Test
    void initializeIsAnsweredOnStdoutAndTheProcessEndsWithItsInput() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(message("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}"));
            in.flush();
            String answer = readUntil(p.getInputStream(), "\"result\"");
            assertTrue(answer.startsWith("Content-Length: "), answer);
            assertTrue(answer.contains("\"textDocumentSync\""), answer);
        }
        // A guard against a hung process, not a performance assertion.
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server did not exit after its input closed");
        assertEquals(0, p.exitValue());
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            seen.write(buf, 0, n);
            String s = seen.toString(StandardCharsets.UTF_8);
            if (s.contains(marker) && s.contains("}}")) {
                return s;
            }
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
