package nianbao.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server: on standard input and output by default, or on a TCP port of
 * 127.0.0.1 with {@code --port N} (for attaching a debugger or a client by hand).
 */
public final class Main {

    /**
     * LSP4J logs every closed connection with a stack trace at INFO; that is how a session
     * normally ends, so only its warnings and errors reach standard error. (Held here: a logger
     * nobody references may be collected, and its level with it.)
     */
    private static final Logger STREAM_LOG = Logger.getLogger(StreamMessageProducer.class.getName());

    static {
        STREAM_LOG.setLevel(Level.WARNING);
    }

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        usage("--port needs a number");
                    }
                    try {
                        port = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        usage("not a port number: " + args[i]);
                    }
                }
                case "--stdio" -> port = null;
                case "-h", "--help" -> {
                    System.err.println("usage: java -jar nianbao-server.jar [--stdio | --port N]");
                    System.exit(0);
                }
                default -> usage("unknown option: " + args[i]);
            }
        }
        if (port != null) {
            listen(port);
        } else {
            System.exit(run(System.in, System.out));
        }
    }

    /**
     * Serves one client on the given streams until it sends {@code exit} or closes its end;
     * returns the process exit code. {@code nianbao lsp} calls this with standard input and
     * output; the caller should exit with the returned code.
     */
    public static int run(InputStream in, OutputStream out) {
        Warmup.inBackground();
        if (out == System.out) {
            // Standard output now carries the protocol: anything else printed there would
            // corrupt it, so stray prints go to standard error.
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        }
        return run(new NianbaoLanguageServer(), in, out);
    }

    /** Serves one client with the given server (tests pass one with a fault injected). */
    static int run(NianbaoLanguageServer server, InputStream in, OutputStream out) {
        ExecutorService rpc = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nianbao-rpc");
            t.setDaemon(true);
            return t;
        });
        try {
            Launcher<LanguageClient> launcher = JsonRpcMessages.<LanguageClient>launcher()
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(out)
                    .setExecutorService(rpc)
                    .create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            Thread watcher = new Thread(() -> {
                try {
                    listening.get();
                } catch (InterruptedException | ExecutionException | CancellationException e) {
                    // the connection is gone either way
                }
                server.connectionClosed();
            }, "nianbao-connection");
            watcher.setDaemon(true);
            watcher.start();
            // The reader is left blocked on the input (a daemon thread): interrupting it only
            // logs noise, and the caller exits or closes the connection next.
            return server.exitCode().join();
        } finally {
            server.stop();
            rpc.shutdownNow();
        }
    }

    /** Serves clients one after another on 127.0.0.1:port (0 picks a free port). */
    static void listen(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            System.err.println("nianbao language server listening on 127.0.0.1:" + socket.getLocalPort());
            serve(socket);
        }
    }

    /** Serves the clients that connect, one at a time, until the socket is closed. */
    static void serve(ServerSocket socket) throws IOException {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (SocketException e) {
                return; // closed while waiting
            }
            try (connection) {
                System.err.println("client connected from port " + connection.getPort());
                run(new NianbaoLanguageServer(), connection.getInputStream(), connection.getOutputStream());
                System.err.println("client disconnected");
            }
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -jar nianbao-server.jar [--stdio | --port N]");
        System.exit(2);
    }
}
