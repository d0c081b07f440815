package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao check} starts fast partly because it loads nothing it does not use: not the
 * other commands, nor the libraries behind them. The JVM's class-loading log shows what it loaded.
 */
class StartupPathTest {

    @TempDir
    Path dir;

    @Test
    void checkLoadsNeitherOtherCommandsNorTheirLibraries() throws Exception {
        Path log = dir.resolve("classes.log");
        Cli.Run run = Cli.runWithJvmFlags(dir, List.of("-Xlog:class+load=info:file=" + log),
                "check", Fixtures.example().toString());

        assertEquals(0, run.exit(), run::toString);
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(loaded.contains("nianbao.cli.CheckCommand "), "the log names loaded classes");
        for (String unwanted : List.of("nianbao.cli.CompileCommand ", "nianbao.cli.ImportCommand ", "nianbao.cli.LspCommand ",
                "nianbao.cli.InitCommand ", "nianbao.cli.SumCommand ", "nianbao.cli.HelpText ",
                "nianbao.importer.", "org.apache.poi.", "org.eclipse.lsp4j.", "nianbao.server.",
                "nianbao.core.output.HtmlOutput ", "nianbao.core.output.SarifOutput ", "nianbao.core.output.JunitOutput ", "nianbao.cli.PipelineFormats ", "com.samskivert.", "com.google.gson.", "picocli.")) {
            assertFalse(loaded.contains(unwanted), "check loaded " + unwanted.strip());
        }
    }
}
