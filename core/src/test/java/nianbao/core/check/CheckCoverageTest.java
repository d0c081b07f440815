package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every check has a test named after it, and every id fixtures that fire it and that do not. */
class CheckCoverageTest {

    @Test
    void everyCheckClassHasATestNamedAfterIt() {
        for (Check c : Checks.all()) {
            String test = c.getClass().getName() + "Test";
            assertDoesNotThrow(() -> Class.forName(test), "missing " + test);
        }
    }

    @Test
    void everyIdHasAFiringAndAQuietFixture() {
        for (String id : ChecksDocTest.knownIds().keySet()) {
            List<String> cases = CheckFixture.cases(id);
            assertTrue(cases.stream().anyMatch(c -> c.startsWith("fires")), "no fires fixture for " + id);
            assertTrue(cases.stream().anyMatch(c -> c.startsWith("quiet")), "no quiet fixture for " + id);
        }
    }

    /** Every fixture file is checked, also one that no named test mentions yet. */
    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsExpectedDiagnostics() throws IOException {
        List<String> ids;
        try (Stream<Path> dirs = Files.list(CheckFixture.ROOT)) {
            ids = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        return ids.stream().flatMap(id -> CheckFixture.cases(id).stream().map(c -> DynamicTest.dynamicTest(id + "/" + c,
                () -> {
                    CheckFixture f = CheckFixture.of(id);
                    if (c.startsWith("fires")) {
                        f.fires(c);
                    } else {
                        f.quiet(c);
                    }
                })));
    }
}
