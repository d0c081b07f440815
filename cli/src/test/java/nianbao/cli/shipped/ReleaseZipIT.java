package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip ({@code cli/target/nianbao-<version>.zip}) unpacked into a fresh folder and run
 * there with nothing but Java on the PATH (and bash, readlink, mv and rm, which bin/nianbao uses):
 * no Maven, no repository, no JAVA_HOME.
 */
class ReleaseZipIT {

    @TempDir
    Path dir;

    private Path home;
    private Map<String, String> onlyJava;

    @BeforeEach
    void unzip() throws IOException {
        Path zip = Path.of(System.getProperty("nianbao.release"));
        assertTrue(Files.isRegularFile(zip), "the build made " + zip);
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        // The zip file system keeps the Unix permissions the archive records, as unzip does.
        try (FileSystem zipfs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", true))) {
            Path top = zipfs.getPath("/");
            try (var entries = Files.walk(top)) {
                for (Path entry : entries.toList()) {
                    Path target = fresh.resolve(top.relativize(entry).toString());
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(entry, target);
                        var view = Files.getFileAttributeView(entry, PosixFileAttributeView.class);
                        if (view != null) {
                            Files.setPosixFilePermissions(target, view.readAttributes().permissions());
                        }
                    }
                }
            }
        }
        home = fresh.resolve("nianbao-" + Shipped.version());
        assertTrue(Files.isDirectory(home), "the zip unpacks into nianbao-<version>/");
        Path bin = Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(bin.resolve("java"), Shipped.java());
        // bash, which bin/nianbao is written in, and the three tools of every Unix it uses.
        for (String tool : List.of("bash", "readlink", "mv", "rm")) {
            Path found = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(found) ? found : Path.of("/bin", tool));
        }
        onlyJava = new HashMap<>();
        onlyJava.put("PATH", bin.toString());
        onlyJava.put("JAVA_HOME", null);
        onlyJava.put("NIANBAO_JAVA_OPTS", null);
    }

    @Test
    void theZipHoldsTheLauncherTheJarItsLibrariesTheDocsTheExamplesAndTheLicense() throws IOException {
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/nianbao")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.readString(home.resolve("LICENSE"), StandardCharsets.UTF_8).contains("Apache License"));
        for (String file : List.of("README.md", "docs/checks.md", "docs/import.md", "examples/guanghua-2021.nianbao",
                "examples/qingshan-county.nbt")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        try (JarFile jar = new JarFile(home.resolve("nianbao.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            for (String entry : classPath.trim().split("\\s+")) {
                assertTrue(Files.isRegularFile(home.resolve(entry)), "the zip holds " + entry);
            }
        }
    }

    @Test
    void binNianbaoChecksAndCompilesWithOnlyJavaOnThePath() throws IOException {
        String launcher = home.resolve("bin/nianbao").toString();
        Shipped.Run first = Shipped.run(home, onlyJava, List.of(launcher, "check", "examples/guanghua-2021.nianbao"), null)
                .assertNoStackTrace();
        assertEquals(0, first.exit(), first::toString);
        assertEquals("", first.out(), first::toString);
        assertTrue(Files.isRegularFile(home.resolve("lib/nianbao.jsa")), "the first run made the class data sharing archive");

        broken();
        Shipped.Run check = Shipped.run(home, onlyJava, List.of(launcher, "check", "broken.nianbao"), null).assertNoStackTrace();
        assertEquals(1, check.exit(), check::toString);
        assertTrue(check.out().contains("broken.nianbao:40:13: error: ") && check.out().contains("[balance.application]"), check::toString);
        assertFalse(check.err().contains("warning") || check.err().contains("CDS"), () -> "the archive maps quietly: " + check);

        Shipped.Run compile = Shipped.run(home, onlyJava, List.of(launcher, "compile", "examples/yunxi-2021.nianbao", "--to", "html",
                "-o", "out/"), null).assertNoStackTrace();
        assertEquals(0, compile.exit(), compile::toString);
        String page = Files.readString(home.resolve("out/yunxi-2021.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<title>云溪镇2021年政府信息公开工作年度报告</title>"), page);
    }

    @Test
    void binNianbaoWorksThroughASymlinkFromAnotherFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("path/nianbao"), home.resolve("bin/nianbao"));
        Shipped.Run run = Shipped.run(dir, onlyJava, List.of(link.toString(), "--version"), null);
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("nianbao " + Shipped.version()), run.outLines());
    }

    @Test
    void javaDashJarWorksFromAnyFolderAsOnWindows() throws IOException {
        Path page = Shipped.input("30-pingtan-shiyanqu-2024.html");
        Shipped.copy(page, dir);
        String jar = home.resolve("nianbao.jar").toString();
        String java = Shipped.java().toString();
        Shipped.Run check = Shipped.run(dir, Map.of(), List.of(java, "-jar", jar, "check", home.resolve("examples").toString()), null)
                .assertNoStackTrace();
        assertEquals(0, check.exit(), check::toString);
        Shipped.Run imported = Shipped.run(dir, Map.of(), List.of(java, "-jar", jar, "import", page.getFileName().toString(), "-o", "out"),
                null).assertNoStackTrace();
        assertEquals(0, imported.exit(), imported::toString);
        String report = Files.readString(dir.resolve("out/30-pingtan-shiyanqu-2024.nianbao"), StandardCharsets.UTF_8);
        assertTrue(report.lines().anyMatch(l -> l.matches("本年新收\\s+217\\s+1\\s+0\\s+0\\s+0\\s+0\\s+218")), report);
    }

    /**
     * Built with {@code -Prelease} (failsafe is told so), the zip holds the VS Code extension of this
     * very build: a .vsix that VS Code can install (a zip with extension/package.json and the
     * manifest, both of this version) carrying byte for byte the server jar the server module just
     * built. Without the profile there is no .vsix at all, as README.md says.
     */
    @Test
    void theVsixIsInTheZipExactlyWhenBuiltWithTheReleaseProfile() throws IOException {
        List<String> vsixes;
        try (var files = Files.walk(home)) {
            vsixes = files.map(home::relativize).map(Path::toString).filter(f -> f.endsWith(".vsix")).toList();
        }
        if (!Boolean.getBoolean("nianbao.release.extension")) {
            assertEquals(List.of(), vsixes, "no .vsix without -Prelease");
            return;
        }
        String name = "nianbao-" + Shipped.version() + ".vsix";
        assertEquals(List.of(name), vsixes);
        try (FileSystem vsix = FileSystems.newFileSystem(home.resolve(name))) {
            JsonObject manifest = JsonParser.parseString(Files.readString(vsix.getPath("extension/package.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals("nianbao", manifest.get("publisher").getAsString());
            assertEquals("nianbao", manifest.get("name").getAsString());
            assertEquals(Shipped.version(), manifest.get("version").getAsString());
            String main = manifest.get("main").getAsString();
            assertTrue(Files.isRegularFile(vsix.getPath("extension", main)), "the vsix holds its main script " + main);
            String vsixManifest = Files.readString(vsix.getPath("extension.vsixmanifest"), StandardCharsets.UTF_8);
            assertTrue(vsixManifest.contains("Version=\"" + Shipped.version() + "\"") && vsixManifest.contains("Publisher=\"nianbao\""),
                    vsixManifest);
            Path built = Shipped.root().resolve("server/target/nianbao-server.jar");
            assertArrayEquals(Files.readAllBytes(built), Files.readAllBytes(vsix.getPath("extension/server/nianbao-server.jar")),
                    "the vsix carries the server jar of this build");
        }
    }

    /** One version for the whole release: the extension's package.json and lock file say Maven's. */
    @Test
    void theExtensionsVersionIsTheMavenVersion() throws IOException {
        for (String file : List.of("package.json", "package-lock.json")) {
            Path path = Shipped.root().resolve("editor-client").resolve(file);
            JsonObject json = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals(Shipped.version(), json.get("version").getAsString(), () -> path + " (CONTRIBUTING.md, cutting a release)");
        }
        Path lock = Shipped.root().resolve("editor-client/package-lock.json");
        JsonObject root = JsonParser.parseString(Files.readString(lock, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("packages").getAsJsonObject("");
        assertEquals(Shipped.version(), root.get("version").getAsString(), lock + ", packages[\"\"]");
    }

    private void broken() throws IOException {
        String text = Files.readString(home.resolve("examples/guanghua-2021.nianbao"), StandardCharsets.UTF_8);
        String row = "本年新收        -       -";
        assertTrue(text.contains(row), "the example still has a blank 本年新收 row");
        Files.writeString(home.resolve("broken.nianbao"), text.replace(row, "本年新收        3       -"), StandardCharsets.UTF_8);
    }
}
