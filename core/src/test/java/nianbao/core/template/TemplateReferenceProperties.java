package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a report writes after {@code 模板：}, the file resolver answers without an exception,
 * and never with a file outside the workspace or one that is not a template.
 */
class TemplateReferenceProperties {

    private static Path root;
    private static Path workspace;
    private static FileTemplateResolver resolver;

    @BeforeContainer
    static void files() throws Exception {
        root = Files.createTempDirectory("nianbao-references");
        workspace = Files.createDirectories(root.resolve("ws/town"));
        Files.writeString(workspace.resolve("ok.nbt"), "模板 ok\n继承 national-2021\n");
        Files.writeString(workspace.resolve("notes.txt"), "模板 notes\n继承 national-2021\n");
        Files.writeString(root.resolve("outside.nbt"), "模板 outside\n继承 national-2021\n");
        resolver = new FileTemplateResolver(workspace, root.resolve("ws"), List.of());
    }

    @AfterContainer
    static void clean() throws Exception {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> references() {
        Arbitrary<String> part = Arbitraries.of("..", ".", "/", "\\", "ok", "ok.nbt", "notes.txt", "outside.nbt", "ws", "town",
                "\u0000", ":", "C:", "~", "%2e%2e", "national-2021", "national-2019", ".nbt", "𠀾", " ", "//", "file:", "http://x/");
        return part.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property
    void aReferenceIsResolvedOrRefusedWithoutAnException(@ForAll("references") String reference) {
        TemplateResolver.Resolution r = resolver.resolve(reference);
        resolver.whyNot(reference);
        if (r != null && !r.template().source().startsWith("builtin:")) {
            Path file = Path.of(r.template().source()).toAbsolutePath().normalize();
            assertTrue(file.startsWith(root.resolve("ws")) && file.toString().endsWith(".nbt"), () -> reference + " -> " + file);
        }
    }
}
