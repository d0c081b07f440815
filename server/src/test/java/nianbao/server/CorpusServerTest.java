package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus ({@code core/src/test/resources/corpus}) through a real connection: each
 * file opened in the server gets exactly the diagnostics core's expected file holds (without the
 * fixes, which travel in the diagnostics' data), so editor and command line agree.
 */
class CorpusServerTest {

    private static final Path CORPUS = Path.of("core/src/test/resources/corpus").toAbsolutePath();

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
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList();
        }
        assertTrue(files.size() >= 25, "corpus of " + files.size());
        try (LspSession session = LspSession.start()) {
            for (Path f : files) {
                String uri = f.toUri().toString();
                session.open(uri, 1, Files.readString(f, StandardCharsets.UTF_8));
                List<String> found = session.client.diagnostics(uri, 1).getDiagnostics().stream().map(CorpusServerTest::line).toList();
                String expectedName = f.getFileName().toString().replaceAll("\\.nianbao$", ".expected");
                List<String> expected = Files.readString(f.resolveSibling(expectedName), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.startsWith(" ")).toList();
                assertEquals(expected, found, f.getFileName().toString());
                session.close(uri);
            }
        }
    }

    @Test
    void aTenMegabyteDocumentAndAOneMegabyteLineAreServedWhole() throws Exception {
        String example = Example.text();
        StringBuilder big = new StringBuilder(example.stripTrailing()).append('\n');
        long bytes = example.getBytes(StandardCharsets.UTF_8).length;
        for (int n = 0; bytes < 10_000_000; n++) {
            String paragraph = "本镇继续做好政府信息公开工作，及时回应社会关切，接受群众监督。编号" + n + "号。\n";
            big.append(paragraph);
            bytes += paragraph.getBytes(StandardCharsets.UTF_8).length;
        }
        String line = "我镇扎实推进政务公开".repeat(1_000_000 / 30 + 1);
        String longLine = example.replace("\n# 一、总体情况\n", "\n# 一、总体情况\n" + line + "\n");
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/robust/big-2021.nianbao", 1, big.toString());
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
