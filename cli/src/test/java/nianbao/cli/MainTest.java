package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() throws Exception {
        Cli.Run run = Cli.run(dir, "--help");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("用法：nianbao"), run::toString);
        assertTrue(run.out().contains("check") && run.out().contains("compile"), run::toString);
    }

    @Test
    void eachCommandHasHelp() throws Exception {
        Cli.Run check = Cli.run(dir, "check", "--help");
        Cli.Run compile = Cli.run(dir, "compile", "--help");

        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.out().contains("--warnings-as-errors"), check::toString);
        assertEquals(0, compile.exit(), compile::toString);
        assertTrue(compile.out().contains("--to=json|html"), compile::toString);
    }

    @Test
    void versionIsTheMavenProjectVersion() throws Exception {
        Cli.Run run = Cli.run(dir, "--version");

        assertEquals(0, run.exit(), run::toString);
        String expected = System.getProperty("nianbao.expectedVersion");
        assertTrue(expected != null && !expected.isBlank(), "surefire passes the project version");
        assertEquals("nianbao " + expected, run.out().strip());
    }

    @Test
    void noCommandIsAUsageError() throws Exception {
        Cli.Run run = Cli.run(dir);

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("缺少命令"), run::toString);
        run.assertNoStackTrace();
    }
}
