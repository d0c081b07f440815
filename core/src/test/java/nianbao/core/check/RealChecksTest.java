package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real published reports transcribed by hand ({@code realchecks/}, described in its README): each
 * gives exactly the findings in its {@code .expected} file, every one of them judged true against
 * the published page (the README's table says why). A new finding on one of them is a false alarm
 * until someone reads the page and says otherwise. Reports name last year's file, so the
 * cross-year rules run too.
 */
class RealChecksTest {

    private static final Path DIR = Golden.RESOURCES.resolve("realchecks").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> eachRealReportGivesOnlyItsJudgedFindings() {
        List<Path> files = files();
        assertTrue(files.size() >= 36, "realchecks holds " + files.size() + " reports");
        ReportFiles reports = new ReportFiles(DIR, List.of(), CheckOptions.DEFAULT);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Analysis a = reports.analyze(f, Golden.read(f));
            Golden.assertMatches(expected(f), CheckFixture.render(a.diagnostics()));
        }));
    }

    private static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".nianbao")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path expected(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".nianbao".length()) + ".expected");
    }
}
