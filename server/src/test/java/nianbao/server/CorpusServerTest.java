package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.robustness.Corpus;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus ({@code core/src/test/resources/corpus}, read with core's {@link Corpus}
 * from its test-jar) through a real connection: each file opened in the server gets exactly the
 * diagnostics core's expected file holds (without the fixes, which travel in the diagnostics'
 * data), so editor and command line agree.
 */
class CorpusServerTest {

    /** One diagnostic as the corpus writes it: one-based {@code line:col-line:col id severity message}. */
    static String line(Diagnostic d) {
        var s = d.getRange().getStart();
        var e = d.getRange().getEnd();
        return (s.getLine() + 1) + ":" + (s.getCharacter() + 1) + "-" + (e.getLine() + 1) + ":" + (e.getCharacter() + 1)
                + " " + d.getCode().getLeft() + " " + severity(d.getSeverity()) + " " + d.getMessage().getLeft();
    }

    private static String severity(DiagnosticSeverity s) {
        return switch (s) {
            case Error -> "error";
            case Warning -> "warning";
            case Information -> "info";
            case Hint -> "hint";
        };
    }

    @Test
    void theServerGivesEveryCorpusFileItsExpectedDiagnostics() throws Exception {
        List<Path> files = Corpus.files();
        assertTrue(files.size() >= 25, "corpus of " + files.size());
        try (LspSession session = LspSession.start()) {
            for (Path f : files) {
                String uri = f.toUri().toString();
                session.open(uri, 1, Corpus.read(f));
                List<String> found = session.client.diagnostics(uri, 1).getDiagnostics().stream().map(CorpusServerTest::line).toList();
                List<String> expected = Corpus.withoutFixes(Files.readString(Corpus.expected(f), StandardCharsets.UTF_8));
                assertEquals(expected, found, f.getFileName().toString());
                session.close(uri);
            }
        }
    }

    @Test
    void aTenMegabyteDocumentAndAOneMegabyteLineAreServedWhole() throws Exception {
        String big = Corpus.tenMegabytes(Example.text());
        String longLine = Corpus.oneMegabyteLine(Example.text());
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/robust/big-2021.nianbao", 1, big);
            session.open("file:///work/robust/line-2021.nianbao", 1, longLine);
            assertEquals(List.of(), session.client.diagnostics("file:///work/robust/big-2021.nianbao", 1).getDiagnostics());
            assertEquals(List.of(), session.client.diagnostics("file:///work/robust/line-2021.nianbao", 1).getDiagnostics());
            // Typing at the end of the big document is applied to the whole of it.
            int last = (int) big.chars().filter(c -> c == '\n').count();
            session.change("file:///work/robust/big-2021.nianbao", 2, LspSession.range(last, 0, 0), "１２");
            var after = session.client.diagnostics("file:///work/robust/big-2021.nianbao", 2).getDiagnostics();
            assertEquals(List.of(), after, "a last paragraph of full-width digits is prose");
        }
    }
}
