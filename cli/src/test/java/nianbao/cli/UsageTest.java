package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.DisplayWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help and usage errors of every command, as a clerk sees them in a terminal. */
class UsageTest {

    private static final String[] COMMANDS = {"check", "compile", "init", "sum", "diff", "review", "import", "lsp"};

    @TempDir
    Path dir;

    @Test
    void everyCommandHasChineseHelpThatFitsTheTerminal() throws Exception {
        for (String command : COMMANDS) {
            Cli.Run run = Cli.run(dir, command, "--help");

            assertEquals(0, run.exit(), run::toString);
            assertTrue(run.out().startsWith("用法：nianbao " + command + " [选项]"), run::toString);
            assertTrue(run.out().contains("\n选项：\n"), run::toString);
            assertTrue(run.out().contains("  -h, --help ") && run.out().contains("  -V, --version "), run::toString);
            for (String line : run.outLines()) {
                assertTrue(DisplayWidth.of(line) <= HelpText.WIDTH, () -> command + ": line too wide: " + line);
            }
            assertEquals("", run.err(), run::toString);
        }
    }

    @Test
    void helpShowsTheFilesAndTheRequiredOptionsInTheUsageLine() throws Exception {
        Cli.Run check = Cli.run(dir, "check", "-h");
        Cli.Run compile = Cli.run(dir, "compile", "-h");

        assertEquals("用法：nianbao check [选项] 文件…", check.outLines().get(0), check::toString);
        assertEquals("用法：nianbao compile [选项] --to=json|html|docx 文件…", compile.outLines().get(0), compile::toString);
        assertTrue(check.out().contains("\n退出状态：\n  0   没有错误\n"), check::toString);
    }

    @Test
    void helpIsShownEvenWhenRequiredOptionsAreMissing() throws Exception {
        Cli.Run run = Cli.run(dir, "init", "--help");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("--template=模板"), run::toString);
    }

    @Test
    void initHelpNamesEveryBuiltInTemplateNewestFirst() throws Exception {
        Cli.Run run = Cli.run(dir, "init", "--help");

        List<String> ids = new ArrayList<>(TemplateResolver.builtIn().knownNames());
        Collections.reverse(ids);
        assertTrue(ids.size() >= 2, ids::toString);
        String help = run.out().replaceAll("\\s+", "");
        assertTrue(help.contains("内置名称（" + String.join("、", ids) + "）"), run::toString);
    }

    @Test
    void eachCommandKnowsTheVersion() throws Exception {
        Cli.Run run = Cli.run(dir, "check", "--version");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("nianbao "), run::toString);
    }

    @Test
    void aMistypedCommandGetsTheNearestName() throws Exception {
        Cli.Run run = Cli.run(dir, "chek", "report.nianbao");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("不认识的命令：chek。是不是想写：check？"), run::toString);
        assertTrue(run.err().contains("运行 “nianbao --help” 查看用法"), run::toString);
        assertEquals("", run.out(), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void anUnknownCommandFarFromAnyNameGetsNoSuggestion() throws Exception {
        Cli.Run run = Cli.run(dir, "publish");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("不认识的命令：publish。"), run::toString);
        assertFalse(run.err().contains("是不是想写"), run::toString);
    }

    @Test
    void aMistypedOptionGetsTheNearestOption() throws Exception {
        Cli.Run run = Cli.run(dir, "check", "--show-blank", "report.nianbao");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("不认识的参数：--show-blank。是不是想写：--show-blanks？"), run::toString);
        assertTrue(run.err().contains("运行 “nianbao check --help” 查看用法"), run::toString);
    }

    @Test
    void anAbbreviatedOptionIsNotGuessed() throws Exception {
        // With prefixes accepted, a new option starting with the same letters would change
        // what an existing script means.
        Cli.Run run = Cli.run(dir, "check", "--warn", Fixtures.example().toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("不认识的参数：--warn。是不是想写：--warnings-as-errors？"), run::toString);
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() throws Exception {
        Cli.Run run = Cli.run(dir, "check", Fixtures.example().toString(), "--format");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("选项 --format 后面缺少值（text|json|sarif|junit|github）"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void missingReportsAndOptionsAreNamed() throws Exception {
        Cli.Run compile = Cli.run(dir, "compile", "--to", "html");
        Cli.Run init = Cli.run(dir, "init", "-t", "national-2021");

        assertEquals(2, compile.exit(), compile::toString);
        assertTrue(compile.err().contains("缺少参数 文件。"), compile::toString);
        assertEquals(2, init.exit(), init::toString);
        assertTrue(init.err().contains("缺少选项 --agency、--year。"), init::toString);
    }

    @Test
    void aCommandWithoutParametersRefusesThem() throws Exception {
        Cli.Run run = Cli.run(dir, "init", "-t", "national-2021", "--agency", "光华镇人民政府", "--year", "2022", "extra");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("不认识的参数：extra。"), run::toString);
    }

    @Test
    void aYearMustBeANumber() throws Exception {
        Cli.Run run = Cli.run(dir, "init", "-t", "national-2021", "--agency", "光华镇人民政府", "--year", "二〇二二");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--year 要写一个整数，不能是“二〇二二”"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void optionsMayFollowTheFilesAndDoubleDashEndsThem() throws Exception {
        Path report = Fixtures.write(dir.resolve("-odd.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "check", "--format", "json", "--", report.getFileName().toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("\"path\": \"-odd.nianbao\""), run::toString);
    }
}
