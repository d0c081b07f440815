package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./nianbao}: run once for real on the jar the build just made, and its
 * rebuild decision tested on a small tree of its own, with stand-ins for {@code mvn} and
 * {@code java} on the PATH that log how they were called (a real Maven build takes minutes).
 */
class LauncherIT {

    @TempDir
    Path dir;

    @Test
    void theLauncherChecksAReportWithTheBuiltJarWithoutRebuilding() {
        String report = Shipped.copy(Shipped.example("guanghua-2021.nianbao"), dir);
        Shipped.Run run = Shipped.run(dir, Map.of(), List.of(Shipped.root().resolve("nianbao").toString(), "check", report), null)
                .assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        assertFalse(run.err().contains("构建"), () -> "the jar Maven just built is up to date: " + run);
        Shipped.Run version = Shipped.run(dir, Map.of(), List.of(Shipped.root().resolve("nianbao").toString(), "--version"), null);
        assertEquals(0, version.exit(), version::toString);
        assertEquals(List.of("nianbao " + Shipped.version()), version.outLines());
    }

    /** A repository with one module, its jar built an hour after its sources were written. */
    private Path repo;
    private Path log;

    @BeforeEach
    void smallRepository() throws IOException {
        repo = dir.resolve("repo");
        log = dir.resolve("calls.log");
        Files.createDirectories(repo);
        Files.copy(Shipped.root().resolve("nianbao"), repo.resolve("nianbao"));
        executable(repo.resolve("nianbao"));
        write(repo.resolve("pom.xml"), "<project/>");
        write(repo.resolve("core/pom.xml"), "<project/>");
        write(repo.resolve("core/src/main/java/a/A.java"), "class A {}");
        write(repo.resolve("core/src/test/java/a/ATest.java"), "class ATest {}");
        write(repo.resolve("cli/pom.xml"), "<project/>");
        write(repo.resolve("cli/src/main/java/b/B.java"), "class B {}");
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        try (var files = Files.walk(repo)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(hourAgo));
            }
        }
        write(repo.resolve("cli/target/nianbao.jar"), "jar");
        // mvn: logs its arguments; with MVN_TOUCHES_JAR=0 it leaves the jar as it was (up to date).
        Path bin = Files.createDirectories(dir.resolve("bin"));
        write(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" >> '" + log + "'\n"
                + "[ \"${MVN_TOUCHES_JAR:-1}\" = 0 ] || touch '" + repo.resolve("cli/target/nianbao.jar") + "'\n");
        write(bin.resolve("java"), "#!/bin/sh\necho \"java $*\" >> '" + log + "'\n");
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
    }

    @Test
    void rebuildsAfterASourceIsEditedAddedOrRemovedAndOnlyThen() throws Exception {
        assertEquals(List.of("java"), launch(Map.of()), "the jar is newer than every source");
        assertEquals(List.of("java"), launch(Map.of()), "still up to date, now from the list of sources");

        edit(repo.resolve("core/src/main/java/a/A.java"), "class A { int x; }");
        assertEquals(List.of("mvn", "java"), launch(Map.of()), "an edited source");
        assertEquals(List.of("java"), launch(Map.of()), "built once");

        edit(repo.resolve("core/src/main/java/a/New.java"), "class New {}");
        assertEquals(List.of("mvn", "java"), launch(Map.of()), "a new source");
        Thread.sleep(20);
        Files.delete(repo.resolve("cli/src/main/java/b/B.java"));
        assertEquals(List.of("mvn", "java"), launch(Map.of()), "a removed source");
        edit(repo.resolve("core/src/main/java/c/d/Deep.java"), "class Deep {}");
        assertEquals(List.of("mvn", "java"), launch(Map.of()), "a source in a new package");
        edit(repo.resolve("core/pom.xml"), "<project><!-- changed --></project>");
        assertEquals(List.of("mvn", "java"), launch(Map.of()), "an edited pom.xml");

        edit(repo.resolve("core/src/test/java/a/ATest.java"), "class ATest { }");
        assertEquals(List.of("java"), launch(Map.of()), "a test source is not in the jar");
    }

    @Test
    void aBuildThatLeavesTheJarAloneIsNotRepeatedAndAJarBuiltByHandIsTrusted() throws Exception {
        assertEquals(List.of("java"), launch(Map.of()));
        edit(repo.resolve("cli/src/main/java/b/B.java"), "class B { }");
        assertEquals(List.of("mvn", "java"), launch(Map.of("MVN_TOUCHES_JAR", "0")), "Maven found the jar up to date");
        assertEquals(List.of("java"), launch(Map.of()), "and the launcher believes it");

        edit(repo.resolve("cli/src/main/java/b/B.java"), "class B { int y; }");
        edit(repo.resolve("cli/target/nianbao.jar"), "jar built by mvn package");
        assertEquals(List.of("java"), launch(Map.of()), "the jar is newer than the edit");

        Files.delete(repo.resolve("cli/target/nianbao.jar"));
        assertEquals(List.of("mvn", "java"), launch(Map.of()), "no jar");
    }

    @Test
    void lspStartsTheServerJarWithItsFlagsAndArchiveAsEditorsDo() throws Exception {
        write(repo.resolve("cli/target/nianbao.jsa"), "archive of check");
        write(repo.resolve("server/target/nianbao-server.jar"), "server jar");
        write(repo.resolve("server/target/nianbao-server.jsa"), "archive of the server");
        launch(Map.of(), "lsp");
        String lsp = Files.readAllLines(log).get(0);
        assertTrue(lsp.contains(" -Xms8m ") && lsp.contains("-XX:SharedArchiveFile=" + repo.resolve("server/target/nianbao-server.jsa"))
                && lsp.endsWith("-jar " + repo.resolve("server/target/nianbao-server.jar")), lsp);
        Files.delete(log);
        launch(Map.of(), "lsp", "--help");
        String help = Files.readAllLines(log).get(0);
        assertTrue(help.endsWith("-jar " + repo.resolve("cli/target/nianbao.jar") + " lsp --help"), "the CLI explains its commands: " + help);
        Files.delete(log);
        launch(Map.of(), "check", "x.nianbao");
        String check = Files.readAllLines(log).get(0);
        assertTrue(!check.contains("-Xms8m") && check.contains("-XX:SharedArchiveFile=" + repo.resolve("cli/target/nianbao.jsa ")), check);
    }

    /** Runs ./nianbao ARGS with the stand-ins first on the PATH; returns which of them ran, in order. */
    private List<String> launch(Map<String, String> env, String... args) throws IOException {
        Files.deleteIfExists(log);
        var command = new java.util.ArrayList<>(List.of(repo.resolve("nianbao").toString()));
        command.addAll(List.of(args));
        var environment = new java.util.HashMap<>(env);
        environment.put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        Shipped.Run run = Shipped.run(repo, environment, command, null);
        assertEquals(0, run.exit(), run::toString);
        return Files.exists(log) ? Files.readAllLines(log).stream().map(l -> l.split(" ")[0]).toList() : List.of();
    }

    /** Writes a file a moment after whatever happened before, as a person's edit would be. */
    private static void edit(Path file, String text) throws Exception {
        Thread.sleep(20);
        write(file, text);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
