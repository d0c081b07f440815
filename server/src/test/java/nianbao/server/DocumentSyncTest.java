package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class DocumentSyncTest {

    /** Texts the random edits insert: line breaks of every kind, a character outside the BMP, numbers, names. */
    private static final String[] INSERTS = {"", "7", "0", "-", " ", "\n", "\r\n", "\r", "𠀾", "光华镇𠀾村", "本年新收  1  2",
        "# 二、主动公开政府信息情况\n", "３", "[行政复议和行政诉讼]", "\t"};

    @Test
    void randomIncrementalEditsEqualTheSameTextSentInFull() throws Exception {
        Random random = new Random(20211127L);
        String text = Example.text().replace("机关：光华镇人民政府", "机关：光华镇𠀾村人民政府");
        String incremental = "file:///work/incremental.nianbao";
        String full = "file:///work/full.nianbao";
        int version = 1;
        try (LspSession session = LspSession.start()) {
            session.open(incremental, version, text);
            for (int round = 0; round < 150; round++) {
                List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    int start = boundary(text, random.nextInt(text.length() + 1));
                    int end = boundary(text, Math.min(text.length(), start + random.nextInt(12)));
                    end = Math.max(start, end);
                    String insert = INSERTS[random.nextInt(INSERTS.length)];
                    changes.add(new TextDocumentContentChangeEvent(new Range(position(text, start), position(text, end)), insert));
                    text = text.substring(0, start) + insert + text.substring(end);
                }
                session.change(incremental, ++version, changes);
            }
            session.open(full, 1, text);

            var fromEdits = session.client.diagnostics(incremental, version).getDiagnostics();
            var fromFull = session.client.diagnostics(full, 1).getDiagnostics();
            assertEquals(Published.summary(fromFull), Published.summary(fromEdits));
            assertEquals(Published.expected(text), Published.summary(fromEdits));
            assertTrue(fromEdits.size() > 0, "the random edits should leave something to report");
            String jsonFromEdits = session.server.render(new RenderParams(incremental, "json")).get(30, TimeUnit.SECONDS).getContent();
            String jsonFromFull = session.server.render(new RenderParams(full, "json")).get(30, TimeUnit.SECONDS).getContent();
            assertEquals(jsonFromFull, jsonFromEdits);
        }
    }

    @Test
    void aChangeWithoutARangeReplacesTheWholeText() throws Exception {
        String text = Example.text();
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, "");
            session.replaceAll(Example.URI, 2, text);
            assertEquals(List.of(), session.client.diagnostics(Example.URI, 2).getDiagnostics());
        }
    }

    @Test
    void anEditOutsideTheTextIsClampedAndLogged() throws Exception {
        String text = Example.text();
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.change(Example.URI, 2, new Range(new Position(9999, 3), new Position(9999, 8)), "\n// 末尾的注释");
            session.client.loggedWarning("past the last line");
            assertEquals(Published.expected(text + "\n// 末尾的注释"), Published.summary(session.client.diagnostics(Example.URI, 2).getDiagnostics()));
        }
    }

    @Test
    void positionsAreUtf16UnitsAndLineBreaksOfEveryKindCount() {
        List<String> problems = new ArrayList<>();
        String text = "a𠀾b\r\nc\rd\ne";
        assertEquals("a𠀾X\r\nc\rd\ne", TextDocument.applied(text, change(0, 3, 0, 4, "X"), problems::add));
        assertEquals("a𠀾b\r\nc\rY\ne", TextDocument.applied(text, change(2, 0, 2, 1, "Y"), problems::add));
        assertEquals("a𠀾bd\ne", TextDocument.applied(text, change(0, 4, 2, 0, ""), problems::add));
        assertEquals("a𠀾b\r\nc\rd\neZ", TextDocument.applied(text, change(3, 1, 3, 1, "Z"), problems::add));
        assertEquals(List.of(), problems);
    }

    @Test
    void clampsPositionsOutsideTheTextAndSaysSo() {
        List<String> problems = new ArrayList<>();
        String text = "ab\ncd";
        assertEquals("abX\ncd", TextDocument.applied(text, change(0, 7, 0, 9, "X"), problems::add));
        assertEquals("ab\ncdX", TextDocument.applied(text, change(5, 0, 6, 0, "X"), problems::add));
        assertEquals("Xab\ncd", TextDocument.applied(text, change(-1, 0, 0, 0, "X"), problems::add));
        assertEquals("aXcd", TextDocument.applied(text, change(1, 0, 0, 1, "X"), problems::add));
        assertEquals(6, problems.size(), "each clamped end and the reversed range are reported: " + problems);
    }

    private static TextDocumentContentChangeEvent change(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    /** An offset moved back so that it does not split a surrogate pair or a CRLF. */
    private static int boundary(String text, int offset) {
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
    private static Position position(String text, int offset) {
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
