package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    /** The row whose total the tests break: its last cell is its total, 0 in the example. */
    private static final String ROW = "本年新收";

    @Test
    void theExampleHasNoDiagnosticsOnOpen() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, Example.text());
            PublishDiagnosticsParams p = session.client.diagnostics(Example.URI, 1);
            assertEquals(List.of(), p.getDiagnostics());
            assertEquals(1, p.getVersion());
        }
    }

    @Test
    void anEditThatBreaksATotalIsReportedAtTheTotal() throws Exception {
        String text = Example.text();
        int line = Example.lineStartingWith(text, ROW);
        int total = Example.lines(text).get(line).lastIndexOf('0');
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.client.diagnostics(Example.URI, 1);
            session.change(Example.URI, 2, LspSession.range(line, total, total + 1), "7");

            PublishDiagnosticsParams p = session.client.diagnostics(Example.URI, 2);
            Diagnostic d = balance(p.getDiagnostics());
            assertEquals(LspSession.range(line, total, total + 1), d.getRange());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertEquals("nianbao", d.getSource());
            assertTrue(d.getMessage().getLeft().contains("7"), d.getMessage().getLeft());
            assertEquals(Published.expected(text.replaceFirst("(" + ROW + ".*)0\n", "$17\n")), Published.summary(p.getDiagnostics()));
        }
    }

    @Test
    void aCharacterOutsideTheBmpBeforeTheCellCountsAsTwoUnits() throws Exception {
        String text = Example.text();
        int line = Example.lineStartingWith(text, ROW);
        String row = Example.lines(text).get(line);
        int firstCell = row.indexOf('-');
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            // the first cell becomes 𠀾 (U+2003E: two UTF-16 units, one code point) ...
            session.change(Example.URI, 2, LspSession.range(line, firstCell, firstCell + 1), "𠀾");
            String edited = row.substring(0, firstCell) + "𠀾" + row.substring(firstCell + 1);
            // ... and then the total, which now sits one UTF-16 unit further right than its code point index
            int total = edited.lastIndexOf('0');
            assertEquals(total - 1, edited.codePointCount(0, total));
            session.change(Example.URI, 3, LspSession.range(line, total, total + 1), "5");

            PublishDiagnosticsParams p = session.client.diagnostics(Example.URI, 3);
            Diagnostic atTotal = balance(p.getDiagnostics());
            assertEquals(LspSession.range(line, total, total + 1), atTotal.getRange());
            Diagnostic notANumber = p.getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("value.not-a-number")).findFirst().orElseThrow();
            assertEquals(LspSession.range(line, firstCell, firstCell + 2), notANumber.getRange());
        }
    }

    @Test
    void crlfLinesGiveTheSameRangesAsLf() throws Exception {
        String lf = Example.text();
        String crlf = lf.replace("\n", "\r\n");
        int line = Example.lineStartingWith(lf, ROW);
        int total = Example.lines(lf).get(line).lastIndexOf('0');
        String next = "file:///work/crlf.nianbao";
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, lf);
            session.open(next, 1, crlf);
            assertEquals(List.of(), session.client.diagnostics(next, 1).getDiagnostics());
            for (String uri : List.of(Example.URI, next)) {
                session.change(uri, 2, LspSession.range(line, total, total + 1), "7");
                // delete the whole next row, line break included: a range that ends on the following line
                session.change(uri, 3, new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(line + 1, 0),
                        new org.eclipse.lsp4j.Position(line + 2, 0)), "");
            }
            List<Diagnostic> fromLf = session.client.diagnostics(Example.URI, 3).getDiagnostics();
            List<Diagnostic> fromCrlf = session.client.diagnostics(next, 3).getDiagnostics();
            assertEquals(Published.summary(fromLf), Published.summary(fromCrlf));
            assertEquals(LspSession.range(line, total, total + 1), balance(fromCrlf).getRange());
            assertTrue(fromCrlf.size() > 1, "the deleted row is missed too: " + Published.summary(fromCrlf));
        }
    }

    @Test
    void anUnclosedTableHeadWithACharacterOutsideTheBmpIsASyntaxError() throws Exception {
        // found by the random edits: the parser's recovery token once crashed the analysis here
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, "# 二、主动公开政府信息情况\n[第二十条第（八）𠀾\n");
            var p = session.client.diagnostics(Example.URI, 1);
            assertTrue(p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("syntax.error")),
                    Published.summary(p.getDiagnostics()).toString());
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        String text = Example.text();
        int line = Example.lineStartingWith(text, ROW);
        int total = Example.lines(text).get(line).lastIndexOf('0');
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.change(Example.URI, 2, LspSession.range(line, total, total + 1), "7");
            session.client.diagnostics(Example.URI, 2);
            session.close(Example.URI);
            PublishDiagnosticsParams cleared = session.client.diagnostics(Example.URI,
                    p -> p.getVersion() == null, "diagnostics cleared on close");
            assertEquals(List.of(), cleared.getDiagnostics());
        }
    }

    static Diagnostic balance(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.getCode().getLeft().startsWith("balance.")).findFirst()
                .orElseThrow(() -> new AssertionError("no balance.* diagnostic in " + Published.summary(diagnostics)));
    }
}
