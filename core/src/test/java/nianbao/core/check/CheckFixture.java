package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.model.FilePreviousReports;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.TemplateResolver;
import nianbao.core.testing.Golden;

/**
 * The fixtures of one check: {@code fixtures/<id>/<case>.nianbao} with the diagnostics it must
 * give in {@code <case>.expected} beside it, one line each:
 * {@code line:col-line:col id severity message} (one-based, UTF-16, as the CLI prints), each fix
 * indented below its diagnostic. Cases named {@code fires…} must raise the check's id, cases
 * named {@code quiet…} must not. A fixture line {@code // test-options: show-blanks} turns the
 * option on.
 */
public final class CheckFixture {

    static final Path ROOT = Golden.RESOURCES.resolve("fixtures");

    private final String id;

    private CheckFixture(String id) {
        this.id = id;
    }

    public static CheckFixture of(String id) {
        return new CheckFixture(id);
    }

    /** The case fires the check, and gives exactly the expected diagnostics. */
    public void fires(String name) {
        assertTrue(name.startsWith("fires"), "a firing case is named fires…");
        List<Diagnostic> found = diagnostics(name);
        assertTrue(found.stream().anyMatch(d -> d.id().equals(id)), id + " does not fire on " + name);
        Golden.assertMatches(expectedFile(name), render(found));
    }

    /**
     * The case gives no diagnostic at all (not only none of this check's: so that update mode can
     * never bless a new finding on a quiet fixture), and an empty expected file.
     */
    public void quiet(String name) {
        assertTrue(name.startsWith("quiet"), "a quiet case is named quiet…");
        List<Diagnostic> found = diagnostics(name);
        assertFalse(found.stream().anyMatch(d -> d.id().equals(id)), id + " fires on " + name);
        assertTrue(found.isEmpty(), "a quiet fixture gives no diagnostic at all; " + name + " gives:\n" + render(found));
        Golden.assertMatches(expectedFile(name), render(found));
    }

    /** The diagnostics a case gives (for a test that asserts more than the golden file). */
    List<Diagnostic> diagnostics(String name) {
        Path file = ROOT.resolve(id).resolve(name + ".nianbao");
        return analyze(file, Golden.read(file)).diagnostics();
    }

    private Path expectedFile(String name) {
        return ROOT.resolve(id).resolve(name + ".expected");
    }

    static Analysis analyze(String text) {
        boolean blanks = text.lines().anyMatch(l -> l.strip().equals("// test-options: show-blanks"));
        return new Analyzer(TemplateResolver.builtIn(), new CheckOptions(blanks)).analyze(text);
    }

    /**
     * A fixture file: last year's report is found beside it (by 上年报告, or by agency and year),
     * and a template it names by path ({@code 模板：county.nbt}, a county's) beside it too.
     */
    static Analysis analyze(Path file, String text) {
        boolean blanks = text.lines().anyMatch(l -> l.strip().equals("// test-options: show-blanks"));
        TemplateResolver templates = new FileTemplateResolver(file.getParent(), ROOT, List.of());
        return new Analyzer(templates, new CheckOptions(blanks))
                .analyze(text, new FilePreviousReports(file, ROOT, templates));
    }

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(d.range()).append(' ').append(d.id()).append(' ').append(d.severity().key()).append(' ')
                    .append(d.message());
            if (d.file() != null) {
                sb.append(" (").append(d.file()).append(')');
            }
            sb.append('\n');
            for (Diagnostic.Fix f : d.fixes()) {
                sb.append("  fix ").append(f.title()).append('\n');
                for (Diagnostic.Edit e : f.edits()) {
                    sb.append("    ").append(e.range()).append(" <- \"")
                            .append(e.newText().replace("\n", "\\n")).append("\"\n");
                }
            }
        }
        return sb.toString();
    }

    /** The case names (file names without extension) of a check's fixtures. */
    static List<String> cases(String id) {
        Path dir = ROOT.resolve(id);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nianbao"))
                    .map(n -> n.substring(0, n.length() - ".nianbao".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
