package nianbao.core.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.core.check.CheckFixture;
import nianbao.core.diagnostic.Diagnostic;

/**
 * The bad-input corpus: {@code corpus/NAME.nianbao}, each with the exact diagnostics it must give
 * in {@code corpus/NAME.expected} beside it (the fixtures' format: one-based {@code line:col}
 * in UTF-16 units, id, severity, message, and its fixes indented below). Core, the CLI and the
 * server are each held to the same file. Rewrite the files with -Dnianbao.updateGolden=true
 * and review the diff by eye.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus folder, from core's tests (run in core/) or from another module's. */
    public static Path dir() {
        for (Path p : List.of(Path.of("src/test/resources/corpus"), Path.of("core/src/test/resources/corpus"),
                Path.of("../core/src/test/resources/corpus"))) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("no corpus folder from " + Path.of("").toAbsolutePath());
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".nianbao")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expected(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".nianbao".length()) + ".expected");
    }

    /** A corpus file's text, decoded strictly: every corpus file is valid UTF-8. */
    public static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(List<Diagnostic> diagnostics) {
        return CheckFixture.render(diagnostics);
    }

    /** The expected diagnostics without their fixes: what the CLI and LSP diagnostics carry. */
    public static List<String> withoutFixes(String expected) {
        return expected.lines().filter(l -> !l.startsWith(" ")).toList();
    }
}
