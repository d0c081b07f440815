package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {

    @TempDir
    Path dir;

    @Test
    void htmlIsWrittenBesideTheReport() throws Exception {
        Fixtures.write(dir.resolve("guanghua.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "compile", "guanghua.nianbao", "--to", "html");

        assertEquals(0, run.exit(), run::toString);
        Path page = dir.resolve("guanghua.html");
        assertTrue(Files.isRegularFile(page), run::toString);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<html"), html);
        assertTrue(html.contains("光华镇2021年政府信息公开工作年度报告"), html);
        assertTrue(run.err().contains("已生成 guanghua.html"), run::toString);
    }

    @Test
    void jsonIsWrittenIntoADirectoryThatIsCreated() throws Exception {
        Cli.Run run = Cli.run(dir, "compile", Fixtures.example().toString(), "--to", "json", "-o", "out/");

        assertEquals(0, run.exit(), run::toString);
        Path json = dir.resolve("out/guanghua-2021.json");
        JsonObject doc = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("nianbao-report", doc.get("format").getAsString());
        assertEquals(0, doc.getAsJsonArray("diagnostics").size());
    }

    @Test
    void oneReportCanBeWrittenToANamedFile() throws Exception {
        Cli.Run run = Cli.run(dir, "compile", Fixtures.example().toString(), "--to", "html", "-o", "page.html");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("page.html")), run::toString);
    }

    @Test
    void manyReportsInOneRun() throws Exception {
        Fixtures.write(dir.resolve("a.nianbao"), Fixtures.exampleText());
        Fixtures.write(dir.resolve("b.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "compile", "a.nianbao", "b.nianbao", "--to", "json", "-o", "out");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("out/a.json")), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("out/b.json")), run::toString);
    }

    @Test
    void aSearchedDirectoryKeepsItsSubdirectories() throws Exception {
        Fixtures.write(dir.resolve("reports/town/x.nianbao"), Fixtures.exampleText());
        Fixtures.write(dir.resolve("reports/county/x.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "compile", "reports", "--to", "html", "-o", "site");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("site/town/x.html")), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("site/county/x.html")), run::toString);
    }

    @Test
    void aReportWithErrorsIsNotWritten() throws Exception {
        Fixtures.write(dir.resolve("broken.nianbao"), Fixtures.broken());
        String checked = Cli.run(dir, "check", "broken.nianbao").out();

        Cli.Run run = Cli.run(dir, "compile", "broken.nianbao", "--to", "html");

        assertEquals(1, run.exit(), run::toString);
        assertFalse(Files.exists(dir.resolve("broken.html")), run::toString);
        assertEquals(checked, run.out(), "compile prints the findings as check does");
        assertTrue(run.err().contains("没有生成 broken.html"), run::toString);
        assertTrue(run.err().contains("--force"), run::toString);
    }

    @Test
    void forceWritesAReportWithErrors() throws Exception {
        Fixtures.write(dir.resolve("broken.nianbao"), Fixtures.broken());

        Cli.Run run = Cli.run(dir, "compile", "--force", "broken.nianbao", "--to", "json");

        assertEquals(0, run.exit(), run::toString);
        JsonObject doc = JsonParser.parseString(Files.readString(dir.resolve("broken.json"))).getAsJsonObject();
        assertFalse(doc.getAsJsonArray("diagnostics").isEmpty());
        assertTrue(run.err().contains("--force"), run::toString);
    }

    @Test
    void cleanReportsAreWrittenWhenAnotherIsRefused() throws Exception {
        Fixtures.write(dir.resolve("broken.nianbao"), Fixtures.broken());
        Fixtures.write(dir.resolve("clean.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "compile", "broken.nianbao", "clean.nianbao", "--to", "html");

        assertEquals(1, run.exit(), run::toString);
        assertFalse(Files.exists(dir.resolve("broken.html")));
        assertTrue(Files.exists(dir.resolve("clean.html")));
    }

    @Test
    void twoReportsNeverShareAnOutput() throws Exception {
        Fixtures.write(dir.resolve("a/x.nianbao"), Fixtures.exampleText());
        Fixtures.write(dir.resolve("b/x.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "compile", "a/x.nianbao", "b/x.nianbao", "--to", "html", "-o", "out");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("会写到同一个文件"), run::toString);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
        run.assertNoStackTrace();
    }

    @Test
    void manyReportsNeedADirectory() throws Exception {
        Fixtures.write(dir.resolve("a.nianbao"), Fixtures.exampleText());
        Fixtures.write(dir.resolve("b.nianbao"), Fixtures.exampleText());
        Files.writeString(dir.resolve("taken"), "");

        Cli.Run run = Cli.run(dir, "compile", "a.nianbao", "b.nianbao", "--to", "html", "-o", "taken");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("-o taken 是一个文件"), run::toString);
    }

    @Test
    void theFormatIsRequiredAndChecked() throws Exception {
        Cli.Run missing = Cli.run(dir, "compile", Fixtures.example().toString());
        Cli.Run unknown = Cli.run(dir, "compile", Fixtures.example().toString(), "--to", "pdf");

        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("缺少选项 --to"), missing::toString);
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("--to 只能是 json、html 或 docx"), unknown::toString);
    }

    @Test
    void aMissingReportIsStatus2AndNothingElseStops() throws Exception {
        Fixtures.write(dir.resolve("clean.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(dir, "compile", "gone.nianbao", "clean.nianbao", "--to", "html");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("找不到文件：gone.nianbao"), run::toString);
        assertTrue(Files.exists(dir.resolve("clean.html")));
        run.assertNoStackTrace();
    }
}
