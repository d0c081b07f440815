package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Any sequence of incremental edits, sent through a real LSP4J client over pipes, leaves the
 * server with the text the client has, and with the diagnostics and output of that text sent in
 * full. One server serves every case, as one editor session does; each case uses new documents.
 */
class IncrementalSyncProperties {

    private static LspSession session;
    private static final AtomicInteger CASES = new AtomicInteger();

    /** What edits insert: line breaks of every kind, characters outside the BMP, full-width and control characters, syntax. */
    private static final List<String> PIECES = List.of("", "7", "0", "-1", "1.5", "１２", "1,234", "一二", "-", " ", "\t", "\u3000",
            "\n", "\r\n", "\r", "\n\r", "𠀾", "😀", "光华镇𠀾村", "本年新收  1  2", "# 二、主动公开政府信息情况\n", "## ", "[行政复议和行政诉讼]",
            "【申请处理】", "// 忽略 balance.*：原因", "其余 0", "\u0000", "\u0007", "\u001b", "\u007f", "\uFEFF", "\u2028", "<script>",
            "模板：", "：", "[", "#");

    @BeforeContainer
    static void start() {
        session = LspSession.start();
    }

    @AfterContainer
    static void stop() throws Exception {
        session.close();
    }

    /** One content change: where it starts and how far it reaches as fractions of the text, and what it inserts. */
    record Change(double at, int length, String insert) {
    }

    @Provide
    Arbitrary<List<List<Change>>> edits() {
        Arbitrary<String> insert = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<Change> change = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40), insert).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(15);
    }

    @Property
    void incrementalEditsEqualTheFinalTextSentInFull(@ForAll("edits") List<List<Change>> batches) throws Exception {
        int n = CASES.incrementAndGet();
        String incremental = "file:///work/robust/incremental-" + n + ".nianbao";
        String full = "file:///work/robust/full-" + n + ".nianbao";
        String text = Example.text();
        int version = 1;
        session.open(incremental, version, text);
        for (List<Change> batch : batches) {
            List<TextDocumentContentChangeEvent> events = new ArrayList<>();
            for (Change c : batch) {
                int start = boundary(text, (int) Math.floor(c.at() * text.length()));
                int end = Math.max(start, boundary(text, Math.min(text.length(), start + c.length())));
                events.add(new TextDocumentContentChangeEvent(new Range(position(text, start), position(text, end)), c.insert()));
                text = text.substring(0, start) + c.insert() + text.substring(end);
            }
            session.change(incremental, ++version, events);
        }
        session.open(full, 1, text);
        var fromEdits = session.client.diagnostics(incremental, version).getDiagnostics();
        var fromFull = session.client.diagnostics(full, 1).getDiagnostics();
        assertEquals(Published.summary(fromFull), Published.summary(fromEdits));
        String jsonFromEdits = session.server.render(new RenderParams(incremental, "json")).get(30, TimeUnit.SECONDS).getContent();
        String jsonFromFull = session.server.render(new RenderParams(full, "json")).get(30, TimeUnit.SECONDS).getContent();
        assertEquals(jsonFromFull, jsonFromEdits);
        session.close(incremental);
        session.close(full);
    }

    /** An offset moved back so that it does not split a surrogate pair or a CRLF (an editor never does). */
    static int boundary(String text, int offset) {
        if (offset > 0 && offset < text.length()) {
            char before = text.charAt(offset - 1);
            char at = text.charAt(offset);
            if ((Character.isHighSurrogate(before) && Character.isLowSurrogate(at)) || (before == '\r' && at == '\n')) {
                return offset - 1;
            }
        }
        return offset;
    }

    /** The LSP position of an offset, counted here independently of the server. */
    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
