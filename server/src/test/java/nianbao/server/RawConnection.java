package nianbao.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server on pipes with no LSP4J on the client's side: the test writes bytes, well framed or
 * not, and reads every message the server sends back. For faults a real client would never send.
 */
final class RawConnection implements AutoCloseable {

    private final PipedOutputStream toServer;
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> exit;

    RawConnection() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream fromServer = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        exit = CompletableFuture.supplyAsync(() -> {
            try {
                return Main.run(new NianbaoLanguageServer(), serverIn, serverOut);
            } finally {
                try {
                    serverOut.close();
                } catch (IOException e) {
                    // the reader is gone
                }
            }
        });
        Thread reader = new Thread(() -> read(fromServer), "raw-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends bytes as they are. */
    void sendRaw(String bytes) throws IOException {
        toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
        toServer.flush();
    }

    /** Sends a body with a correct Content-Length header, whatever the body is. */
    void send(String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        sendRaw("Content-Length: " + b.length + "\r\n\r\n");
        toServer.write(b);
        toServer.flush();
    }

    /** Sends a body of raw bytes (valid UTF-8 or not) with a correct Content-Length header. */
    void send(byte[] body) throws IOException {
        sendRaw("Content-Length: " + body.length + "\r\n\r\n");
        toServer.write(body);
        toServer.flush();
    }

    void request(int id, String method, String params) throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    void notify(String method, String params) throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    /** The response to a request id, skipping notifications and other responses (waits for it). */
    JsonObject response(int id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject m = received.poll(500, TimeUnit.MILLISECONDS);
            if (m != null && m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsString().equals(String.valueOf(id))) {
                return m;
            }
        }
        throw new AssertionError("no response to request " + id);
    }

    /**
     * The next response with a null id, the answer to a message whose id could not be read
     * (waits for it; notifications in between are skipped, any other response fails).
     */
    JsonObject responseWithNullId() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject m = received.poll(500, TimeUnit.MILLISECONDS);
            if (m != null && m.has("id")) {
                if (!m.get("id").isJsonNull()) {
                    throw new AssertionError("expected a response with a null id, got " + m);
                }
                return m;
            }
        }
        throw new AssertionError("no response with a null id");
    }

    /** Closes the client's end, as an editor that crashes does. */
    void disconnect() throws IOException {
        toServer.close();
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).strip());
                    }
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                received.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the server closed its end
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("end of stream");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            disconnect();
            exit.get(30, TimeUnit.SECONDS);
        }
    }
}
