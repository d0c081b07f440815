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

    /**
     * Ten megabytes of report: {@code report} (the example) with its last section grown by
     * paragraphs of prose until its UTF-8 passes 10,000,000 bytes. It has no diagnostic.
     */
    public static String tenMegabytes(String report) {
        StringBuilder sb = new StringBuilder(report.stripTrailing()).append('\n');
        long bytes = sb.toString().getBytes(StandardCharsets.UTF_8).length;
        for (int n = 0; bytes < 10_000_000; n++) {
            String paragraph = "本镇继续做好政府信息公开工作，及时回应社会关切，接受群众监督。编号" + n + "号。\n";
            sb.append(paragraph);
            bytes += paragraph.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }

    /** {@code report} (the example) with a line of one megabyte (UTF-8) first in section 一. It has no diagnostic. */
    public static String oneMegabyteLine(String report) {
        String line = "我镇扎实推进政务公开".repeat(1_000_000 / 30 + 1);
        return report.replace("\n# 一、总体情况\n", "\n# 一、总体情况\n" + line + "\n");
    }

    /** The expected diagnostics without their fixes: what the CLI and LSP diagnostics carry. */
    public static List<String> withoutFixes(String expected) {
        return expected.lines().filter(l -> !l.startsWith(" ")).toList();
    }
}
