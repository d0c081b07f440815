package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    /** {@code path:line:col: severity: message [id]}. */
    private static final Pattern LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info|hint): (.+) \\[([a-z0-9.-]+)]$");

    @TempDir
    Path dir;

    @Test
    void theExampleIsClean() throws Exception {
        Cli.Run run = Cli.run(dir, "check", Fixtures.example().toString());

        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().contains("检查了 1 个文件，没有发现问题"), run::toString);
    }

    @Test
    void aBrokenCellIsReportedAtItsLineAndColumn() throws Exception {
        String text = Fixtures.broken();
        Fixtures.write(dir.resolve("broken.nianbao"), text);

        Cli.Run run = Cli.run(dir, "check", "broken.nianbao");

        assertEquals(1, run.exit(), run::toString);
        List<String> lines = run.outLines();
        assertFalse(lines.isEmpty(), run::toString);
        String where = "broken.nianbao:" + Fixtures.position(text, "本年新收", "3") + ": error: ";
        for (String line : lines) {
            assertTrue(LINE.matcher(line).matches(), () -> "not path:line:col: severity: message [id]: " + line);
            assertTrue(line.startsWith(where), () -> "expected at " + where + " but was " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("[balance.row-total]")), run::toString);
        assertTrue(run.err().contains("检查了 1 个文件：" + lines.size() + " 个错误"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void jsonFormatIsOneDocumentWithTheSameFindings() throws Exception {
        Fixtures.write(dir.resolve("broken.nianbao"), Fixtures.broken());
        Fixtures.write(dir.resolve("clean.nianbao"), Fixtures.exampleText());
        List<String> textLines = Cli.run(dir, "check", "broken.nianbao").outLines();

        Cli.Run run = Cli.run(dir, "check", "--format", "json", "broken.nianbao", "clean.nianbao");

        assertEquals(1, run.exit(), run::toString);
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray files = doc.getAsJsonArray("files");
        assertEquals(2, files.size());
        assertEquals("broken.nianbao", files.get(0).getAsJsonObject().get("path").getAsString());
        assertEquals("clean.nianbao", files.get(1).getAsJsonObject().get("path").getAsString());
        assertEquals(0, files.get(1).getAsJsonObject().getAsJsonArray("diagnostics").size());
        JsonArray diagnostics = files.get(0).getAsJsonObject().getAsJsonArray("diagnostics");
        assertEquals(textLines.size(), diagnostics.size());
        for (int i = 0; i < diagnostics.size(); i++) {
            JsonObject d = diagnostics.get(i).getAsJsonObject();
            JsonObject start = d.getAsJsonObject("range").getAsJsonObject("start");
            Matcher m = LINE.matcher(textLines.get(i));
            assertTrue(m.matches());
            // JSON is zero-based (as LSP), text one-based.
            assertEquals(Integer.parseInt(m.group(2)), start.get("line").getAsInt() + 1);
            assertEquals(Integer.parseInt(m.group(3)), start.get("character").getAsInt() + 1);
            assertEquals(m.group(4), d.get("severity").getAsString());
            assertEquals(m.group(6), d.get("id").getAsString());
        }
        JsonObject summary = doc.getAsJsonObject("summary");
        assertEquals(2, summary.get("files").getAsInt());
        assertEquals(diagnostics.size(), summary.get("errors").getAsInt());
        assertEquals(0, summary.get("warnings").getAsInt());
    }

    @Test
    void aDirectoryIsSearchedRecursivelyInSortedOrder() throws Exception {
        Fixtures.write(dir.resolve("reports/b.nianbao"), Fixtures.broken());
        Fixtures.write(dir.resolve("reports/a/z.nianbao"), Fixtures.broken());
        Fixtures.write(dir.resolve("reports/a/clean.nianbao"), Fixtures.exampleText());
        Fixtures.write(dir.resolve("reports/notes.txt"), "不是报告");

        Cli.Run run = Cli.run(dir, "check", "reports");

        assertEquals(1, run.exit(), run::toString);
        List<String> files = run.outLines().stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
        assertEquals(List.of(Path.of("reports", "a", "z.nianbao").toString(), Path.of("reports", "b.nianbao").toString()), files);
        assertTrue(run.err().contains("检查了 3 个文件"), run::toString);
    }

    @Test
    void warningsFailTheRunOnlyWhenAsked() throws Exception {
        Fixtures.write(dir.resolve("warned.nianbao"), Fixtures.exampleWith("年度：2021", "年度：2021\n联系人：张三"));

        Cli.Run lenient = Cli.run(dir, "check", "warned.nianbao");
        Cli.Run strict = Cli.run(dir, "check", "--warnings-as-errors", "warned.nianbao");

        assertEquals(0, lenient.exit(), lenient::toString);
        assertTrue(lenient.out().contains(": warning: "), lenient::toString);
        assertTrue(lenient.out().contains("[header.unknown-field]"), lenient::toString);
        assertTrue(lenient.err().contains("0 个错误，1 个警告"), lenient::toString);
        assertEquals(1, strict.exit(), strict::toString);
        assertEquals(lenient.out(), strict.out());
    }

    /**
     * The example county template (examples/qingshan-county.nbt) requires 总体情况 to state the
     * policy interpretations and to stay within 1,500 characters: a report on it that does neither
     * gets both local findings as warnings, at the heading and where the overflow begins.
     */
    @Test
    void aCountyTemplatesLocalRequirementsAreReportedAsWarnings() throws Exception {
        Path examples = Fixtures.example().getParent();
        for (String name : List.of("qingshan-county.nbt", "yunxi-2020.nianbao", "yunxi-2021.nianbao")) {
            Files.copy(examples.resolve(name), dir.resolve(name));
        }
        Cli.Run clean = Cli.run(dir, "check", "yunxi-2021.nianbao");
        assertEquals("", clean.out(), "the example meets its county's requirements: " + clean);

        String example = Files.readString(dir.resolve("yunxi-2021.nianbao"), StandardCharsets.UTF_8);
        String paragraph = "我镇坚持以公开为常态、不公开为例外，围绕群众关心关注的事项及时公开政府信息，不断提升政务公开质量和实效。";
        String text = example.replace("、政策解读25条。", "。")
                .replace("## （二）依申请公开", (paragraph + "\n").repeat(30) + "## （二）依申请公开");
        Fixtures.write(dir.resolve("yunxi-2021.nianbao"), text);

        Cli.Run run = Cli.run(dir, "check", "yunxi-2021.nianbao");

        assertEquals(0, run.exit(), "warnings do not fail the run: " + run);
        List<String> lines = run.outLines();
        assertEquals(2, lines.size(), run::toString);
        String heading = "yunxi-2021.nianbao:" + Fixtures.position(text, "# ", "一") + ": warning: ";
        assertTrue(lines.contains(heading + "“总体情况”没有写明全年发布政策解读的数量（“青山县乡镇政府信息公开工作年度报告模板”的要求；"
                + "应有“解读…×…篇”或“解读…×…条”或“解读…×…件”这样的说法，× 处写数字） [local.required-statement]"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("yunxi-2021\\.nianbao:\\d+:\\d+: warning: “总体情况”共 [0-9,]+ 字，超过本地要求的 1,500 字.+ \\[local\\.section-length]")),
                run::toString);
        assertTrue(run.err().contains("0 个错误，2 个警告"), run::toString);
        assertEquals(1, Cli.run(dir, "check", "--warnings-as-errors", "yunxi-2021.nianbao").exit());
        run.assertNoStackTrace();
    }

    @Test
    void showBlanksListsTheCellsTakenAsZero() throws Exception {
        Cli.Run quiet = Cli.run(dir, "check", Fixtures.example().toString());
        Cli.Run shown = Cli.run(dir, "check", "--show-blanks", Fixtures.example().toString());

        assertEquals("", quiet.out());
        assertEquals(0, shown.exit(), shown::toString);
        assertFalse(shown.outLines().isEmpty(), shown::toString);
        for (String line : shown.outLines()) {
            assertTrue(line.contains(": info: ") && line.endsWith("[value.blank]"), line);
        }
    }

    @Test
    void aNonBmpCharacterCountsTwoColumns() throws Exception {
        // 𠀾 (U+2003E) is one code point but two UTF-16 code units; the column after it must count two.
        String row = "本年新收        𠀾       x";
        String text = Fixtures.exampleWith(Fixtures.NEW_APPLICATIONS_ROW, row);
        Fixtures.write(dir.resolve("wide.nianbao"), text);
        int utf16 = row.indexOf('x') + 1;
        int codePoints = row.codePointCount(0, row.indexOf('x')) + 1;
        assertNotEquals(utf16, codePoints);

        Cli.Run run = Cli.run(dir, "check", "wide.nianbao");

        String line = Fixtures.position(text, "本年新收", "x").split(":")[0];
        String expected = "wide.nianbao:" + line + ":" + utf16 + ": error: ";
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(expected) && l.contains("“x”")),
                () -> "expected a finding at " + expected + "\n" + run);
    }

    @Test
    void aMissingFileIsAClearMessageWithStatus2() throws Exception {
        Cli.Run run = Cli.run(dir, "check", "nowhere.nianbao");

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("找不到文件：nowhere.nianbao"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void otherFilesAreStillCheckedWhenOneIsMissing() throws Exception {
        Fixtures.write(dir.resolve("broken.nianbao"), Fixtures.broken());

        Cli.Run run = Cli.run(dir, "check", "nowhere.nianbao", "broken.nianbao");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.out().startsWith("broken.nianbao:"), run::toString);
        assertTrue(run.err().contains("找不到文件：nowhere.nianbao"), run::toString);
    }

    @Test
    void aDirectoryWithoutReportsIsAProblem() throws Exception {
        Files.createDirectories(dir.resolve("empty"));

        Cli.Run run = Cli.run(dir, "check", "empty");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("目录 empty 里没有 .nianbao 文件"), run::toString);
    }

    @Test
    void aGbkFileIsRefusedAtItsFirstBadByte() throws Exception {
        byte[] gbk = Fixtures.exampleText().getBytes(Charset.forName("GBK"));
        int firstNonAscii = 0;
        while (gbk[firstNonAscii] >= 0) {
            firstNonAscii++;
        }
        Files.write(dir.resolve("gbk.nianbao"), gbk);

        Cli.Run run = Cli.run(dir, "check", "gbk.nianbao");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("gbk.nianbao"), run::toString);
        assertTrue(run.err().contains("不是 UTF-8"), run::toString);
        assertTrue(run.err().contains("字节偏移 " + firstNonAscii + "）"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void anInvalidByteIsLocatedByLineAndOffset() throws Exception {
        byte[] head = "标题：光华镇\n机关：".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = 'x';
        bytes[head.length + 2] = '\n';
        Files.write(dir.resolve("bad.nianbao"), bytes);

        Cli.Run run = Cli.run(dir, "check", "bad.nianbao");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("bad.nianbao：不是 UTF-8 编码的文本，第 2 行（字节偏移 " + head.length + "）处的字节 0xFF"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Cli.Run run = Cli.run(dir, "check", "--format", "xml", Fixtures.example().toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--format 只能是 text、json、sarif、junit 或 github"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Cli.Run run = Cli.run(dir, "check", "--strict", Fixtures.example().toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("不认识的参数：--strict"), run::toString);
        assertTrue(run.err().contains("nianbao check --help"), run::toString);
    }

    @Test
    void aReportMustBeNamed() throws Exception {
        Cli.Run run = Cli.run(dir, "check");

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("缺少参数 文件"), run::toString);
    }
}
