package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline jobs of docs/ci.md do what the page says: every {@code ./nianbao} command in its
 * YAML blocks is read out of the page and run by bash, in the order written, in a directory laid
 * out as the page assumes ({@code reports/} holding the examples and {@code reports/expected.txt}),
 * with {@code ./nianbao} the CLI under test; then the files the jobs publish are checked.
 */
class CiDocTest {

    @TempDir
    Path dir;

    /** The nianbao command lines of each YAML block of docs/ci.md, in order. */
    static List<List<String>> jobs(Path ciDoc) throws Exception {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : Files.readAllLines(ciDoc, StandardCharsets.UTF_8)) {
            if (line.startsWith("```yaml")) {
                current = new ArrayList<>();
            } else if (line.startsWith("```") && current != null) {
                blocks.add(current);
                current = null;
            } else if (current != null && line.contains("./nianbao ")) {
                current.add(line.substring(line.indexOf("./nianbao ")));
            }
        }
        return blocks;
    }

    private void layOut() throws Exception {
        Path examples = Fixtures.example().getParent();
        Files.createDirectories(dir.resolve("reports"));
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".nianbao") || f.toString().endsWith(".nbt")).toList()) {
                Files.copy(f, dir.resolve("reports").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(dir.resolve("reports/expected.txt"), "光华镇人民政府\n云溪镇人民政府\n青山县教育局\n", StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = dir.resolve("nianbao");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' " + Main.class.getName() + " \"$@\"\n", StandardCharsets.UTF_8);
        assertTrue(launcher.toFile().setExecutable(true));
    }

    private void runAll(List<String> commands) throws Exception {
        for (String command : commands) {
            Path log = dir.resolve("job.log");
            Process p = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), command);
            assertEquals(0, p.exitValue(), () -> command + "\n" + read(log));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void theGithubActionsJobRunsOnTheExamples() throws Exception {
        List<List<String>> jobs = jobs(Fixtures.example().getParent().resolveSibling("docs").resolve("ci.md"));
        assertEquals(2, jobs.size(), "a GitHub Actions and a GitLab CI block");
        List<String> github = jobs.get(0);
        assertEquals(5, github.size(), github::toString);
        layOut();
        runAll(github);
        JsonObject sarif = JsonParser.parseString(Files.readString(dir.resolve("nianbao.sarif"))).getAsJsonObject();
        assertEquals("2.1.0", sarif.get("version").getAsString());
        assertEquals(0, sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").size());
        assertTrue(Files.isRegularFile(dir.resolve("site/reports/guanghua-2021.html")));
        assertTrue(Files.size(dir.resolve("site/word/yunxi-2020.docx")) > 1000);
        String index = Files.readString(dir.resolve("site/review/index.html"));
        assertTrue(index.contains("<li>青山县教育局</li>"), "the agency that did not report is listed");
    }

    @Test
    void theGitlabJobsRunOnTheExamples() throws Exception {
        List<String> gitlab = jobs(Fixtures.example().getParent().resolveSibling("docs").resolve("ci.md")).get(1);
        assertEquals(3, gitlab.size(), gitlab::toString);
        layOut();
        runAll(gitlab);
        var junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("nianbao-junit.xml").toFile());
        // The three examples and the county template beside them: check reads templates too.
        assertEquals(4, junit.getElementsByTagName("testcase").getLength());
        assertEquals(0, junit.getElementsByTagName("failure").getLength());
        assertTrue(Files.isRegularFile(dir.resolve("public/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("public/word/guanghua-2021.docx")));
        assertTrue(new File(dir.resolve("public/reports").toString()).isDirectory());
    }
}
