package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.core.robustness.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The outsider corpus ({@code core/src/test/resources/outsider}: real reports typed the way
 * outsiders type them) opened in the server over a real connection: each gets exactly its
 * hand-listed diagnostics ({@code line id}), as in core and on the command line.
 */
class OutsiderServerTest {

    private static final Path CORPUS = Corpus.dir().resolveSibling("outsider");

    @Test
    void eachFileGetsOnlyItsHandListedDiagnostics() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList();
        }
        assertTrue(files.size() >= 9, "outsider corpus of " + files.size());
        try (LspSession session = LspSession.start()) {
            for (Path f : files) {
                String uri = f.toUri().toString();
                String text = Files.readString(f, StandardCharsets.UTF_8);
                // an editor holds the text without its byte order mark
                session.open(uri, 1, text.startsWith("\uFEFF") ? text.substring(1) : text);
                List<String> found = session.client.diagnostics(uri, 1).getDiagnostics().stream()
                        .map(d -> (d.getRange().getStart().getLine() + 1) + " " + d.getCode().getLeft()).sorted().toList();
                String expectedName = f.getFileName().toString().replaceAll("\\.nianbao$", ".expected");
                List<String> expected = Files.readAllLines(f.resolveSibling(expectedName), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
                assertEquals(expected, found, f.getFileName().toString());
                session.close(uri);
            }
        }
    }
}
