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
    void theSeedTextImportsToAReportThatChecksCleanOnceTheClerkNamesTheAgency() throws Exception {
        Files.copy(seed(), dir.resolve("guanghua.txt"));
        Cli.Run run = Cli.run(dir, "import", "guanghua.txt", "-o", "out", "--check");
        // The report names itself only 光华镇 (its title): the importer does not make up the agency's
        // full name, it suggests it, and the check asks for it.
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("机关"), run.out());
        assertTrue(run.err().contains("光华镇人民政府"), run.err());
        assertTrue(run.err().contains("已生成 out/guanghua.nianbao"), run.err());
        assertTrue(run.err().contains("guanghua.txt:"), "problems name the source file and position: " + run.err());
        Path out = dir.resolve("out/guanghua.nianbao");
        Files.writeString(out, Files.readString(out).replace("年度：2021\n", "机关：光华镇人民政府\n年度：2021\n"));
        Cli.Run check = Cli.run(dir, "check", "out/guanghua.nianbao");
        assertEquals(0, check.exit(), check.toString());
        run.assertNoStackTrace();
    }

    @Test
    void aMissingOrUnreadableFileIsTroubleAndNothingIsWritten() throws Exception {
        Cli.Run missing = Cli.run(dir, "import", "nowhere.docx");
        assertEquals(2, missing.exit());
        missing.assertNoStackTrace();
        // A file that cannot be read at all exits 2, as the help says ("文件无法读取"), like a missing one.
        Files.write(dir.resolve("noise.docx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Cli.Run noise = Cli.run(dir, "import", "noise.docx");
        assertEquals(2, noise.exit(), noise.toString());
        noise.assertNoStackTrace();
        assertTrue(Files.notExists(dir.resolve("noise.nianbao")));
    }

    @Test
    void aPublishedPdfImportsAndItsRealErrorsAreFound() throws Exception {
        Path pdf = seed().resolveSibling("real/26-hongze-qu-2023.pdf");
        Files.copy(pdf, dir.resolve("hongze.pdf"));
        Cli.Run run = Cli.run(dir, "import", "hongze.pdf", "--check");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("已生成 hongze.nianbao"), run.err());
        // Table 四: 行政复议 10+1+0+0 = 11 but 总计 0; 复议后起诉 5 but 总计 0.
        assertEquals(2, run.out().lines().filter(l -> l.contains("balance.row-total")).count(), run.out());
        run.assertNoStackTrace();
    }

    @Test
    void aDamagedOrScannedPdfIsRefusedWithExit2AndNoFile() throws Exception {
        byte[] pdf = Files.readAllBytes(seed().resolveSibling("real/26-hongze-qu-2023.pdf"));
        Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, 2000));
        Cli.Run cut = Cli.run(dir, "import", "cut.pdf");
        assertEquals(2, cut.exit(), cut.toString());
        assertTrue(cut.err().contains("PDF"), cut.err());
        assertTrue(Files.notExists(dir.resolve("cut.nianbao")));
        cut.assertNoStackTrace();
    }
}
