package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.core.check.CheckFixture;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Template problems are held to the same standard as report checks: every id has a fixture that
 * fires it ({@code template-fixtures/<id>/fires*.nbt}) and one that does not ({@code quiet*.nbt},
 * giving no diagnostic at all), each with its exact diagnostics in a {@code .expected} file beside
 * it, and docs/templates.md lists every id. Other {@code .nbt} files in a folder are templates
 * the cases extend.
 */
class TemplateProblemFixturesTest {

    static final Path ROOT = Golden.RESOURCES.resolve("template-fixtures");

    private static final Pattern DOC_ROW = Pattern.compile("(?m)^\\| `(template\\.[a-z-]+)` \\|");

    @Test
    void everyProblemHasAFiringAndAQuietFixture() {
        for (TemplateProblem p : TemplateProblem.values()) {
            List<String> cases = cases(p.id());
            assertTrue(cases.stream().anyMatch(c -> c.startsWith("fires")), "no fires fixture for " + p.id());
            assertTrue(cases.stream().anyMatch(c -> c.startsWith("quiet")), "no quiet fixture for " + p.id());
        }
    }

    @Test
    void everyFixtureFolderIsAProblem() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<String> folders = dirs.map(d -> d.getFileName().toString()).sorted().toList();
            assertEquals(Arrays.stream(TemplateProblem.values()).map(TemplateProblem::id).sorted().toList(), folders);
        }
    }

    @Test
    void docsListEveryProblemAndNoOther() {
        Map<String, Boolean> documented = new TreeMap<>();
        Matcher m = DOC_ROW.matcher(Golden.read(Path.of("..", "docs", "templates.md")));
        while (m.find()) {
            documented.put(m.group(1), true);
        }
        Map<String, Boolean> known = new TreeMap<>();
        for (TemplateProblem p : TemplateProblem.values()) {
            known.put(p.id(), true);
        }
        assertEquals(known, documented);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsExpectedDiagnostics() {
        return Arrays.stream(TemplateProblem.values()).flatMap(p -> cases(p.id()).stream()
                .map(c -> DynamicTest.dynamicTest(p.id() + "/" + c, () -> {
                    List<Diagnostic> found = read(p.id(), c);
                    if (c.startsWith("fires")) {
                        assertTrue(found.stream().anyMatch(d -> d.id().equals(p.id())), p.id() + " does not fire on " + c);
                    } else {
                        assertFalse(found.stream().anyMatch(d -> d.id().equals(p.id())), p.id() + " fires on " + c);
                        assertTrue(found.isEmpty(), "a quiet fixture gives no diagnostic at all: " + found);
                    }
                    Golden.assertMatches(ROOT.resolve(p.id()).resolve(c + ".expected"), CheckFixture.render(found));
                })));
    }

    private static List<Diagnostic> read(String id, String name) {
        Path dir = ROOT.resolve(id);
        Path file = dir.resolve(name + ".nbt");
        FileTemplateResolver resolver = new FileTemplateResolver(dir.toAbsolutePath(), ROOT.toAbsolutePath(), List.of());
        return resolver.readTemplate(file.toAbsolutePath(), Golden.read(file)).diagnostics().sorted();
    }

    private static List<String> cases(String id) {
        Path dir = ROOT.resolve(id);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".nbt") && (n.startsWith("fires") || n.startsWith("quiet")))
                    .map(n -> n.substring(0, n.length() - ".nbt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
