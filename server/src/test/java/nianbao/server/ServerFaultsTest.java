package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The server under faults, each over a real connection: it answers an error where JSON-RPC and
 * LSP say so, never dies of what a client sends, and keeps serving the next request.
 */
class ServerFaultsTest {

    private static final String INITIALIZE = "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}";
    private static final String NOT_OPEN = "file:///work/robust/never-opened.nianbao";

    /** The server still answers: initialize (or any request) gets a result. */
    private static void assertServing(RawConnection c, int id) throws Exception {
        c.request(id, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"" + NOT_OPEN + "\"}}");
        JsonObject r = c.response(id);
        assertFalse(r.has("error"), r.toString());
    }

    private static int errorCode(JsonObject response) {
        assertTrue(response.has("error"), () -> "an error response: " + response);
        return response.getAsJsonObject("error").get("code").getAsInt();
    }

    @Test
    void malformedJsonRpcIsAnsweredAndTheServerKeepsServing() throws Exception {
        try (RawConnection c = new RawConnection()) {
            c.request(1, "initialize", INITIALIZE);
            assertFalse(c.response(1).has("error"));
            c.notify("initialized", "{}");

            // JSON-RPC 2.0: a body that is not JSON is answered Parse error, one that is JSON but
            // no message Invalid Request, both with a null id as none could be read.
            for (String notJson : List.of("{this is not json", "not json", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":",
                    "{\"jsonrpc\":\"2.0\",\"id\":", "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"} trailing", "")) {
                c.send(notJson);
                JsonObject reply = c.responseWithNullId();
                assertEquals(-32700, errorCode(reply), notJson);
                assertEquals("2.0", reply.get("jsonrpc").getAsString());
            }
            for (String notAMessage : List.of("[1, 2, 3]", "{\"jsonrpc\":\"2.0\"}", "\"a string\"", "null")) {
                c.send(notAMessage);
                assertEquals(-32600, errorCode(c.responseWithNullId()), notAMessage);
            }
            assertServing(c, 2);

            // A request whose parameters are not what the method takes: an error for that id
            // (LSP4J reads the whole message as one, so it says ParseError rather than InvalidParams).
            c.request(3, "textDocument/hover", "\"nonsense\"");
            assertTrue(List.of(-32700, -32602).contains(errorCode(c.response(3))));
            c.request(4, "textDocument/hover", "{\"textDocument\":7,\"position\":{\"line\":\"x\"}}");
            assertTrue(List.of(-32700, -32602).contains(errorCode(c.response(4))));
            assertServing(c, 5);
        }
    }

    @Test
    void brokenFramingDoesNotKillTheServer() throws Exception {
        try (RawConnection c = new RawConnection()) {
            c.request(1, "initialize", INITIALIZE);
            c.response(1);
            c.sendRaw("Content-Length: banana\r\n\r\n{}");
            c.sendRaw("X-Nonsense: 1\r\nContent-Length: 2\r\n\r\n{}");
            c.sendRaw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}");
            assertServing(c, 2);
        }
    }

    /** A client that sends bytes that are not UTF-8 inside a document's text (an editor never should). */
    @Test
    void invalidUtf8InAMessageDoesNotKillTheServer() throws Exception {
        try (RawConnection c = new RawConnection()) {
            c.request(1, "initialize", INITIALIZE);
            c.response(1);
            String uri = "file:///work/robust/gbk.nianbao";
            byte[] head = ("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
                    + uri + "\",\"languageId\":\"nianbao\",\"version\":1,\"text\":\"机关：光华镇").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] gbk = "人民政府".getBytes(java.nio.charset.Charset.forName("GBK"));
            byte[] tail = "\\n\"}}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + gbk.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(gbk, 0, body, head.length, gbk.length);
            System.arraycopy(tail, 0, body, head.length + gbk.length, tail.length);
            c.send(body);
            c.request(2, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}");
            assertFalse(c.response(2).has("error"));
            assertServing(c, 3);
        }
    }

    @Test
    void unknownMethodsAreAnsweredMethodNotFound() throws Exception {
        try (RawConnection c = new RawConnection()) {
            c.request(1, "initialize", INITIALIZE);
            c.response(1);
            c.request(2, "nianbao/noSuchThing", "{}");
            assertEquals(-32601, errorCode(c.response(2)));
            c.request(3, "textDocument/noSuchThing", "{}");
            assertEquals(-32601, errorCode(c.response(3)));
            // Unknown notifications, and $/ ones that a server may ignore, get no answer and harm nothing.
            c.notify("nianbao/noSuchNotification", "{}");
            c.notify("$/noSuchNotification", "{}");
            c.notify("$/cancelRequest", "{\"id\":12345}");
            assertServing(c, 4);
        }
    }

    @Test
    void requestsForADocumentThatIsNotOpenGetEmptyAnswers() throws Exception {
        try (LspSession session = LspSession.start()) {
            var docs = session.server.getTextDocumentService();
            TextDocumentIdentifier id = new TextDocumentIdentifier(NOT_OPEN);
            Position p = new Position(3, 2);
            assertEquals(null, docs.hover(new HoverParams(id, p)).get(30, TimeUnit.SECONDS));
            var completion = docs.completion(new CompletionParams(id, p)).get(30, TimeUnit.SECONDS);
            assertTrue(completion == null || (completion.isLeft() ? completion.getLeft().isEmpty() : completion.getRight().getItems().isEmpty()));
            var definition = docs.definition(new DefinitionParams(id, p)).get(30, TimeUnit.SECONDS);
            assertTrue(definition == null || (definition.isLeft() ? definition.getLeft().isEmpty() : definition.getRight().isEmpty()));
            var symbols = docs.documentSymbol(new DocumentSymbolParams(id)).get(30, TimeUnit.SECONDS);
            assertTrue(symbols == null || symbols.isEmpty());
            var formatting = docs.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
            assertTrue(formatting == null || formatting.isEmpty());
            var folding = docs.foldingRange(new FoldingRangeRequestParams(id)).get(30, TimeUnit.SECONDS);
            assertTrue(folding == null || folding.isEmpty());
            var tokens = docs.semanticTokensFull(new SemanticTokensParams(id)).get(30, TimeUnit.SECONDS);
            assertTrue(tokens == null || tokens.getData().isEmpty());
            // A change or a close for it is ignored, and the server goes on.
            session.change(NOT_OPEN, 2, LspSession.range(0, 0, 0), "x");
            session.close(NOT_OPEN);
            session.open(Example.URI, 1, Example.text());
            assertEquals(List.of(), session.client.diagnostics(Example.URI, 1).getDiagnostics());
        }
    }

    @Test
    void positionsPastTheEndOfALineOrTheFileAreAnswered() throws Exception {
        String text = Example.text() + "光华镇𠀾村";
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.client.diagnostics(Example.URI, 1);
            var docs = session.server.getTextDocumentService();
            TextDocumentIdentifier id = new TextDocumentIdentifier(Example.URI);
            List<Position> odd = List.of(new Position(0, 9999), new Position(9999, 0), new Position(9999, 9999),
                    new Position(Integer.MAX_VALUE, Integer.MAX_VALUE), new Position(-1, -1), new Position(0, -5),
                    // between the two halves of 𠀾
                    new Position(Example.lines(text).size() - 1, 4));
            for (Position p : odd) {
                docs.hover(new HoverParams(id, p)).get(30, TimeUnit.SECONDS);
                docs.completion(new CompletionParams(id, p)).get(30, TimeUnit.SECONDS);
                docs.definition(new DefinitionParams(id, p)).get(30, TimeUnit.SECONDS);
                docs.inlayHint(new org.eclipse.lsp4j.InlayHintParams(id, new Range(new Position(0, 0), p))).get(30, TimeUnit.SECONDS);
            }
            assertTrue(RenderTest.render(session, "html").contains("总体情况"), "the server keeps serving");
        }
    }

    @Test
    void changesWhoseRangesAreOutOfBoundsAreClampedAndTheTextStaysInStep() throws Exception {
        String text = Example.text();
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            // Reversed, negative, past the end of a line and past the end of the file.
            session.change(Example.URI, 2, new Range(new Position(5, 4), new Position(5, 1)), "");
            session.change(Example.URI, 3, new Range(new Position(-3, -3), new Position(-1, -1)), "");
            session.change(Example.URI, 4, new Range(new Position(0, 5000), new Position(0, 6000)), "");
            session.change(Example.URI, 5, new Range(new Position(99999, 0), new Position(99999, 10)), "\n// 尾");
            session.client.diagnostics(Example.URI, 5);
            // A whole-text change puts the document back to a known text; the server agrees with core.
            session.replaceAll(Example.URI, 6, text);
            assertEquals(List.of(), session.client.diagnostics(Example.URI, 6).getDiagnostics());
        }
    }

    @Test
    void aThousandChangesInASecondEndWithTheLastText() throws Exception {
        String text = Example.text();
        int line = Example.lineStartingWith(text, "# 六、");
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            StringBuilder typed = new StringBuilder();
            List<String> lines = new ArrayList<>(Example.lines(text));
            int column = lines.get(line + 1).length();
            for (int v = 2; v <= 1001; v++) {
                String ch = v % 97 == 0 ? "𠀾" : String.valueOf((char) ('一' + v % 50));
                session.change(Example.URI, v, new Range(new Position(line + 1, column), new Position(line + 1, column)), ch);
                column += ch.length();
                typed.append(ch);
            }
            String expected = text.replace("\n无\n", "\n无" + typed + "\n").replace("\r\n无\r\n", "\r\n无" + typed + "\r\n");
            var last = session.client.diagnostics(Example.URI, 1001).getDiagnostics();
            assertEquals(Published.expected(expected), Published.summary(last));
            String json = session.server.render(new RenderParams(Example.URI, "json")).get(30, TimeUnit.SECONDS).getContent();
            assertTrue(json.contains("无" + typed), "the server holds every typed character");
        }
    }

    @Test
    void aClientThatDisappearsMidBurstEndsTheServerPromptly() throws Exception {
        LspSession session = LspSession.start();
        session.open(Example.URI, 1, Example.text());
        for (int v = 2; v < 200; v++) {
            session.change(Example.URI, v, List.of(new TextDocumentContentChangeEvent(
                    new Range(new Position(0, 0), new Position(0, 0)), "x")));
            var unused = session.server.render(new RenderParams(Example.URI, "html")); // in flight when the client goes
        }
        assertEquals(0, session.disconnect().get(30, TimeUnit.SECONDS), "exit code when the client goes away");
        session.close();
    }
}
