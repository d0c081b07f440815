package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    /** The seed report as text taken out of its Word file (kept as the importer's test fixture). */
    private static Path seed() {
        Path p = Fixtures.example().getParent().getParent().resolve("importer/src/test/resources/guanghua-2021.txt");
        assertTrue(Files.isRegularFile(p), p.toString());
        return p;
    }

    @Test
    void theSeedTextImportsToAReportThatChecksClean() throws Exception {
        Files.copy(seed(), dir.resolve("guanghua.txt"));
        Cli.Run run = Cli.run(dir, "import", "guanghua.txt", "-o", "out", "--check");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out(), "no finding in the imported report");
        assertTrue(run.err().contains("已生成 out/guanghua.nianbao"), run.err());
        assertTrue(run.err().contains("guanghua.txt:"), "problems name the source file and position: " + run.err());
        Cli.Run check = Cli.run(dir, "check", "out/guanghua.nianbao");
        assertEquals(0, check.exit(), check.toString());
        run.assertNoStackTrace();
    }

    @Test
    void aMissingFileIsAUsageProblemAndRandomBytesLoseTheTables() throws Exception {
        Cli.Run missing = Cli.run(dir, "import", "nowhere.docx");
        assertEquals(2, missing.exit());
        missing.assertNoStackTrace();
        Files.write(dir.resolve("noise.docx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Cli.Run noise = Cli.run(dir, "import", "noise.docx");
        assertEquals(1, noise.exit(), noise.toString());
        noise.assertNoStackTrace();
    }
}
