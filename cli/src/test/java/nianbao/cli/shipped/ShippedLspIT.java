package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar nianbao.jar lsp}, what an editor starts: JSON-RPC over the process's standard
 * input and output, written and read here byte by byte (no LSP library), from initialize through
 * the diagnostics of an opened report to shutdown and exit.
 */
class ShippedLspIT {

    /** A guard against a silent server, not a performance assertion. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void initializeThenDiagnosticsOfAnOpenedReportThenShutdownAndExit() throws Exception {
        String text = Files.readString(Shipped.example("guanghua-2021.nianbao"), StandardCharsets.UTF_8);
        String row = "本年新收        -       -";
        assertTrue(text.contains(row), "the example still has a blank 本年新收 row");
        String broken = text.replace(row, "本年新收        3       -");
        String uri = dir.resolve("broken.nianbao").toUri().toString();

        Process server = new ProcessBuilder(Shipped.java().toString(), "-jar", Shipped.jar().toString(), "lsp")
                .directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(server.getInputStream(), received), "lsp-reader");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = server.getOutputStream()) {
            send(in, request(1, "initialize", object("processId", null, "rootUri", dir.toUri().toString(), "capabilities", new JsonObject())));
            JsonObject initialized = await(received, m -> m.has("id") && m.get("id").getAsInt() == 1);
            assertTrue(initialized.getAsJsonObject("result").getAsJsonObject("capabilities").has("textDocumentSync"), initialized::toString);

            send(in, notification("initialized", new JsonObject()));
            send(in, notification("textDocument/didOpen", object("textDocument",
                    object("uri", uri, "languageId", "nianbao", "version", 1, "text", broken))));
            JsonObject published = await(received, m -> "textDocument/publishDiagnostics".equals(method(m))
                    && m.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                    && m.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0);
            JsonArray diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics");
            JsonObject first = find(diagnostics, "balance.application");
            JsonObject start = first.getAsJsonObject("range").getAsJsonObject("start");
            // 本年新收/自然人: line 40, column 13 of the file, zero-based in LSP.
            assertEquals(39, start.get("line").getAsInt(), first::toString);
            assertEquals(12, start.get("character").getAsInt(), first::toString);
            assertEquals(1, first.get("severity").getAsInt(), "an error: " + first);

            send(in, request(2, "shutdown", null));
            JsonObject shutdown = await(received, m -> m.has("id") && m.get("id").getAsInt() == 2);
            assertTrue(shutdown.has("result") && !shutdown.has("error"), shutdown::toString);
            send(in, notification("exit", null));
        }
        assertTrue(server.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the server ends after exit");
        assertEquals(0, server.exitValue(), () -> "exit code after shutdown + exit; stderr: " + stderr());
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

    private static JsonObject find(JsonArray diagnostics, String code) {
        for (JsonElement d : diagnostics) {
            JsonElement c = d.getAsJsonObject().get("code");
            if (c != null && c.getAsString().equals(code)) {
                return d.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + code + " among " + diagnostics);
    }

    private static String method(JsonObject message) {
        return message.has("method") ? message.get("method").getAsString() : null;
    }

    private static JsonObject await(BlockingQueue<JsonObject> received, Predicate<JsonObject> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            JsonObject message = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no such message from the server within " + WAIT_SECONDS + " s");
            }
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    private static JsonObject request(int id, String method, JsonElement params) {
        JsonObject message = notification(method, params);
        message.addProperty("id", id);
        return message;
    }

    private static JsonObject notification(String method, JsonElement params) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return message;
    }

    /** An object of name/value pairs; values are strings, numbers, JSON or null. */
    private static JsonObject object(Object... pairs) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Object value = pairs[i + 1];
            if (value == null) {
                object.add(name, com.google.gson.JsonNull.INSTANCE);
            } else if (value instanceof JsonElement element) {
                object.add(name, element);
            } else if (value instanceof Number number) {
                object.addProperty(name, number);
            } else {
                object.addProperty(name, value.toString());
            }
        }
        return object;
    }

    private static void send(OutputStream out, JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads framed messages until the stream ends. */
    private static void read(InputStream in, BlockingQueue<JsonObject> received) {
        try {
            while (true) {
                int length = -1;
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).trim());
                    }
                }
                if (length < 0) {
                    return;
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                received.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the stream ended or the server wrote something that is not a message: the await fails
        }
    }

    /** One header line without its CR LF; "" at the end of the headers or of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
