package nianbao.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;
import org.jspecify.annotations.Nullable;

/**
 * Where the server writes what went wrong: standard error and, once a client is connected,
 * {@code window/logMessage}. Never standard output, which carries the protocol on stdio.
 */
final class ServerLog {

    private volatile @Nullable LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    void info(String message) {
        write(MessageType.Info, message, null);
    }

    void warning(String message) {
        write(MessageType.Warning, message, null);
    }

    void error(String message, Throwable cause) {
        write(MessageType.Error, message, cause);
    }

    private void write(MessageType type, String message, @Nullable Throwable cause) {
        String text = cause == null ? message : message + "\n" + stackTrace(cause);
        System.err.println("[nianbao " + LocalTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.MILLIS) + " " + type + "] " + text);
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(type, text));
            } catch (RuntimeException e) {
                // the connection may be closing; standard error already has the message
            }
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString().strip();
    }
}
