package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.core.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The example's page, compared with {@code src/test/resources/golden/guanghua-2021.html}.
 *
 * <p>After a deliberate change to the page, rewrite the golden file instead of comparing, then
 * review the diff before committing it:
 *
 * <pre>
 * mvn -B -pl core -am verify -Dnianbao.updateGolden=true -Dtest=HtmlGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class HtmlGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "guanghua-2021.html");

    @Test
    void examplePageMatchesTheGoldenFile() throws IOException {
        String html = HtmlOutput.render(new Analyzer().analyze(HtmlOutputTest.exampleText()));
        if (Boolean.getBoolean("nianbao.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, html);
            return;
        }
        assertEquals(Files.readString(GOLDEN).replace("\r\n", "\n"), html,
                "the page changed; if on purpose, rerun with -Dnianbao.updateGolden=true and review the diff");
    }
}
