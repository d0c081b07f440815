package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The shipped jar finds every class any module needs at run time: its manifest's Class-Path
 * names every runtime dependency that Maven resolved for each module of the build (each module
 * writes them to target/runtime-dependencies.txt at package time, see the parent pom), and every
 * jar it names is in lib/. A dependency that a module's pom overrides (jsoup declared with test
 * scope in cli/pom.xml, issue 14) shows up here as missing.
 */
class ManifestClassPathIT {

    @Test
    void classPathNamesEveryRuntimeDependencyOfEveryModule() throws Exception {
        Set<String> classPath = classPath();
        Set<String> expected = new TreeSet<>();
        List<String> modules = modules(Shipped.root().resolve("pom.xml"));
        assertTrue(modules.contains("importer") && modules.contains("cli"), modules::toString);
        for (String module : modules) {
            Path list = Shipped.root().resolve(module).resolve("target/runtime-dependencies.txt");
            assertTrue(Files.isRegularFile(list), () -> "the build wrote " + list);
            List<String> resolved = jarNames(list);
            assertTrue(!resolved.isEmpty() || module.equals("grammar"), () -> list + " lists nothing");
            expected.addAll(resolved);
            if (!module.equals("cli")) {
                expected.add(artifactId(Shipped.root().resolve(module).resolve("pom.xml")) + "-" + Shipped.version() + ".jar");
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(classPath);
        assertEquals(Set.of(), missing, "runtime dependencies missing from the manifest's Class-Path " + classPath);
    }

    @Test
    void everyJarTheClassPathNamesIsInLib() throws Exception {
        Path lib = Shipped.jar().resolveSibling("lib");
        Set<String> absent = new TreeSet<>();
        for (String name : classPath()) {
            if (!Files.isRegularFile(lib.resolve(name))) {
                absent.add(name);
            }
        }
        assertEquals(Set.of(), absent, "named by the manifest but not in " + lib);
    }

    /** The jar names of the manifest's Class-Path, each under lib/. */
    private static Set<String> classPath() throws IOException {
        try (JarFile jar = new JarFile(Shipped.jar().toFile())) {
            String value = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            assertTrue(value != null, "the manifest has a Class-Path");
            Set<String> names = new LinkedHashSet<>();
            for (String entry : value.trim().split("\\s+")) {
                assertTrue(entry.startsWith("lib/"), entry);
                names.add(entry.substring("lib/".length()));
            }
            return names;
        }
    }

    /**
     * The jar file names of a dependency:list output ({@code group:artifact:type[:classifier]:version:scope},
     * perhaps coloured and followed by the module name), as maven-dependency-plugin's
     * copy-dependencies names them.
     */
    static List<String> jarNames(Path list) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String plain = line.replaceAll("\u001B\\[[0-9;]*m", "").trim();
            if (plain.isEmpty() || !plain.contains(":") || plain.startsWith("The following")) {
                continue;
            }
            String[] parts = plain.split("\\s+")[0].split(":");
            if (parts.length < 5) {
                continue;
            }
            String artifact = parts[1];
            String type = parts[2];
            String classifier = parts.length == 6 ? parts[3] : null;
            String version = parts[parts.length - 2];
            names.add(artifact + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + type);
        }
        return names;
    }

    private static List<String> modules(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        List<String> modules = new ArrayList<>();
        for (Element m : children(child(project, "modules"), "module")) {
            modules.add(m.getTextContent().trim());
        }
        return modules;
    }

    private static String artifactId(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        return child(project, "artifactId").getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertTrue(found.size() == 1, () -> "one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
