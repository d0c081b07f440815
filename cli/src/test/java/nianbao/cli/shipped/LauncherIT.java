package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code ./nianbao} of the repository, run once as a user runs it, on the jar the build just made. */
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
}
