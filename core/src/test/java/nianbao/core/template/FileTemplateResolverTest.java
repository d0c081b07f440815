package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTemplateResolverTest {

    @TempDir
    Path root;

    private static final String LOCAL = "模板 %s\n继承 national-2021\n章节 local 七、专栏 正文\n";

    @Test
    void relativePathThenTemplatePathThenBuiltIn() throws Exception {
        Path reports = Files.createDirectories(root.resolve("town"));
        Path shared = Files.createDirectories(root.resolve("shared"));
        Files.writeString(reports.resolve("near.nbt"), LOCAL.formatted("near"));
        Files.writeString(shared.resolve("county.nbt"), LOCAL.formatted("county"));
        Files.writeString(shared.resolve("national-2021.nbt"), LOCAL.formatted("shadow"));
        var resolver = new FileTemplateResolver(reports, root, List.of(shared));

        assertEquals("near", resolver.resolve("near.nbt").template().id());
        assertEquals("county", resolver.resolve("county").template().id());
        // A template path entry comes before a built-in of the same name.
        assertEquals("shadow", resolver.resolve("national-2021").template().id());
        assertEquals("national-2019", resolver.resolve("national-2019").template().id());
        assertNull(resolver.resolve("nothing"));
        assertTrue(resolver.knownNames().containsAll(List.of("national-2021", "national-2019", "county")));
    }

    @Test
    void absolutePathsAndEscapesAreRefused() throws Exception {
        Path inside = Files.createDirectories(root.resolve("ws/town"));
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(outside.resolve("evil.nbt"), LOCAL.formatted("evil"));
        var resolver = new FileTemplateResolver(inside, root.resolve("ws"), List.of());
        assertNull(resolver.resolve("../../elsewhere/evil.nbt"));
        assertNotNull(resolver.whyNot("../../elsewhere/evil.nbt"));
        assertNull(resolver.resolve(outside.resolve("evil.nbt").toString()));
        assertNotNull(resolver.whyNot(outside.resolve("evil.nbt").toString()));
        Files.writeString(inside.resolve("notes.txt"), LOCAL.formatted("txt"));
        assertNull(resolver.resolve("./notes.txt"));
    }

    @Test
    void problemsOfATemplateFileCarryItsPath() throws Exception {
        Path t = root.resolve("broken.nbt");
        Files.writeString(t, "模板 broken\n继承 national-2021\n章节 local 七、专栏 正文\n  表格 x y\n");
        var resolution = new FileTemplateResolver(root, root, List.of()).resolve("broken.nbt");
        assertEquals(1, resolution.problems().size());
        assertEquals("template.unknown-keyword", resolution.problems().get(0).id());
        assertEquals(t.toString(), resolution.problems().get(0).file());
        assertEquals(3, resolution.problems().get(0).range().start().line());
    }

    @Test
    void extendsAreResolvedRelativeToTheTemplateFile() throws Exception {
        Path county = Files.createDirectories(root.resolve("county"));
        Path town = Files.createDirectories(root.resolve("town"));
        Files.writeString(county.resolve("base.nbt"), LOCAL.formatted("base"));
        Files.writeString(county.resolve("child.nbt"), "模板 child\n继承 base.nbt\n章节 more 八、更多 正文\n");
        var r = new FileTemplateResolver(town, root, List.of()).resolve("../county/child.nbt");
        assertEquals(List.of(), r.problems());
        assertEquals(8, r.template().sections().size());
        assertEquals(List.of("base", "national-2021"), r.template().ancestors());
    }
}
