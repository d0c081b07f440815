package nianbao.core.output;

import java.nio.file.Path;
import nianbao.core.Analyzer;
import nianbao.core.testing.Golden;
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

    private static final Path GOLDEN = Golden.RESOURCES.resolve("golden/guanghua-2021.html");

    @Test
    void examplePageMatchesTheGoldenFile() throws java.io.IOException {
        Golden.assertMatches(GOLDEN, HtmlOutput.render(new Analyzer().analyze(HtmlOutputTest.exampleText())));
    }
}
