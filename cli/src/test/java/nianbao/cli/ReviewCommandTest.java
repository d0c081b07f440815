package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao review} as a process: the site's files, and its usage errors. */
class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryOfReportsBecomesASite() throws Exception {
        Fixtures.write(dir.resolve("in/镇/good.nianbao"), Fixtures.exampleText());
        Fixtures.write(dir.resolve("in/broken.nianbao"), Fixtures.broken());
        Fixtures.write(dir.resolve("expected.txt"), "# 名单\n光华镇人民政府\n青山县教育局\n");
        Cli.Run run = Cli.run(dir, "review", "in", "-o", "site", "--expected", "expected.txt", "--agency", "青山县");
        assertEquals(0, run.exit(), run::toString);
        run.assertNoStackTrace();
        String index = Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(dir.resolve("site/reports/镇/good.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/reports/broken.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/rollup/national-2021-2021.nianbao")));
        assertTrue(index.contains("<li>青山县教育局</li>"), index);
        assertTrue(index.contains("data-status=\"errors\""), index);
        assertTrue(index.contains("#applications.new.natural\""), "the broken cell is linked: " + index);
    }

    @Test
    void theOutputDirectoryIsRequiredAndAMissingListIsAProblem() throws Exception {
        Cli.Run noOutput = Cli.run(dir, "review", Fixtures.example().toString());
        assertEquals(2, noOutput.exit(), noOutput::toString);
        Cli.Run noList = Cli.run(dir, "review", Fixtures.example().toString(), "-o", "site", "--expected", "nowhere.txt");
        assertEquals(2, noList.exit(), noList::toString);
        assertTrue(noList.err().contains("nowhere.txt"), noList::toString);
        noList.assertNoStackTrace();
    }
}
