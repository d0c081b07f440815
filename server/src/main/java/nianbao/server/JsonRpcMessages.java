package nianbao.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Reads JSON-RPC messages as LSP4J does, except that a body from which no request can be read
 * is answered, as JSON-RPC 2.0 says, with an error whose id is null: {@code -32700} (Parse error)
 * when the body is not JSON, {@code -32600} (Invalid Request) when it is JSON but no message.
 *
 * <p>LSP4J answers a request it could partly read by the id it read, and only logs a body it
 * could not read at all. Here such a body becomes an issue of a request without an id, which
 * LSP4J's endpoint answers on the path of its own issues, written like every other frame.
 */
final class JsonRpcMessages extends MessageJsonHandler {

    private JsonRpcMessages(Map<String, JsonRpcMethod> methods, Consumer<GsonBuilder> configureGson) {
        super(methods, configureGson);
    }

    /** A launcher builder whose messages are read by this class. */
    static <T> Launcher.Builder<T> launcher() {
        return new Launcher.Builder<>() {
            @Override
            protected MessageJsonHandler createJsonHandler() {
                return new JsonRpcMessages(getSupportedMethods(), configureGson == null ? gson -> { } : configureGson);
            }
        };
    }

    @Override
    public Message parseMessage(Reader input) {
        // The body is kept as text so that, when LSP4J cannot read a message from it, a strict
        // parse can tell text that is not JSON (LSP4J reads leniently) from JSON of another shape.
        String body = text(input);
        Message message;
        try {
            message = super.parseMessage(new StringReader(body));
        } catch (MessageIssueException e) {
            // A request LSP4J answers by the id it read. Anything else read from a body that is
            // not JSON is a notification (never answered) or a response, and the server sends the
            // client no requests, so it is a response to nothing: the parse error is answered.
            if (e.getRpcMessage() instanceof RequestMessage || isJson(body)) {
                throw e;
            }
            throw answeredWithNullId(ResponseErrorCode.ParseError, "the message is not valid JSON");
        } catch (JsonParseException e) {
            throw notAMessage(body);
        }
        if (message == null) {
            throw notAMessage(body); // an empty body or JSON null
        }
        return message;
    }

    private static MessageIssueException notAMessage(String body) {
        return isJson(body)
                ? answeredWithNullId(ResponseErrorCode.InvalidRequest, "the message is not a JSON-RPC request, notification or response")
                : answeredWithNullId(ResponseErrorCode.ParseError, "the message is not valid JSON");
    }

    private static String text(Reader input) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = input.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new JsonIOException(e);
        }
        return text.toString();
    }

    /** Whether the text is one JSON value (RFC 8259) and nothing after it. */
    private static boolean isJson(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            // Not JsonParser: it reads leniently. Only whether the value reads matters, not the value.
            var unused = new Gson().getAdapter(JsonElement.class).read(reader);
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return false;
        }
    }

    /** An issue with a request whose id could not be read: LSP4J answers it with a null id. */
    private static MessageIssueException answeredWithNullId(ResponseErrorCode code, String text) {
        RequestMessage noId = new RequestMessage();
        noId.setJsonrpc(MessageConstants.JSONRPC_VERSION);
        return new MessageIssueException(noId, new MessageIssue(text, code.getValue()));
    }
}
