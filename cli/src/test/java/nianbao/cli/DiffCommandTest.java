package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao diff LAST THIS} as a process, on 云溪镇 2020 → 2021 (2019 → 2021 formats) and 松林镇 2021 → 2022. */
class DiffCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void reports() throws IOException {
        Path examples = Fixtures.example().getParent();
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(examples.resolve(name), dir.resolve(name));
        }
        try (InputStream in = DiffCommandTest.class.getResourceAsStream("/sum/songlin-2021.nianbao")) {
            Files.copy(in, dir.resolve("songlin-2021.nianbao"));
        }
        String songlin = Files.readString(dir.resolve("songlin-2021.nianbao"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("songlin-2022.nianbao"), songlin.replace("年度：2021", "年度：2022")
                .replace("行政处罚              333", "行政处罚              296")
                .replace("本年新收        8       2         0         0             1             0     11",
                        "本年新收        8       2         0         0             3             0     13")
                .replace("1、依申请公开答复的规范性有待加强。", "1、依申请公开答复的规范性仍需加强。\n2、政策解读的形式较单一。"));
    }

    @Test
    void acrossFormatsTheCorrespondingCellsTheTablesAndSectionsAddedOrRemoved() throws Exception {
        Cli.Run run = Cli.run(dir, "diff", "yunxi-2020.nianbao", "yunxi-2021.nianbao");
        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.outLines();
        assertTrue(lines.contains("  yunxi-2021.nianbao:20  行政规范性文件 · 本年制发件数：2 → 3（+1，+50.0%）"), run.out());
        assertTrue(lines.contains("  yunxi-2021.nianbao:23  行政许可 · 本年处理决定数量：35 → 41（+6，+17.1%）"), run.out());
        assertTrue(lines.contains("  yunxi-2021.nianbao:27  行政强制 · 本年处理决定数量：0 → 1（+1，上年为 0）"), run.out());
        assertTrue(lines.contains("章节增加：七、政务公开专栏建设情况"), run.out());
        assertTrue(lines.contains("[第二十条第（九）项] 表删除（本年报告没有这张表）"), run.out());
        assertTrue(lines.contains("  行删除：其他对外管理服务"), run.out());
        assertTrue(lines.contains("    - 2、政策解读形式较为单一。"), run.out());
        run.assertNoStackTrace();
    }

    @Test
    void sameFormatAsJson() throws Exception {
        Cli.Run run = Cli.run(dir, "diff", "songlin-2021.nianbao", "songlin-2022.nianbao", "--format", "json");
        assertEquals(1, run.exit(), run.toString());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(2022, json.getAsJsonObject("thisYear").get("year").getAsInt());
        var tables = json.getAsJsonArray("tables").asList().stream().map(e -> e.getAsJsonObject()).toList();
        assertEquals(List.of("art20-6", "applications"), tables.stream().map(t -> t.get("id").getAsString()).toList());
        JsonObject penalties = tables.get(0).getAsJsonArray("cells").get(0).getAsJsonObject();
        assertEquals("penalties", penalties.get("row").getAsString());
        assertEquals(333, penalties.get("old").getAsInt());
        assertEquals(296, penalties.get("new").getAsInt());
        assertEquals(-37, penalties.get("change").getAsInt());
        assertEquals(-11.1, penalties.get("percent").getAsDouble()); // −37 / 333
        var applications = tables.get(1).getAsJsonArray("cells").asList().stream().map(e -> e.getAsJsonObject())
                .map(c -> c.get("row").getAsString() + "/" + c.get("column").getAsString() + " " + c.get("old") + "→" + c.get("new")
                        + " " + c.get("percent"))
                .toList();
        assertEquals(List.of("new/legal-service 1→3 200.0", "new/total 11→13 18.2"), applications);
        var prose = json.getAsJsonArray("prose").asList().stream().map(e -> e.getAsJsonObject().get("change").getAsString()).toList();
        assertEquals(List.of("changed", "added"), prose);
    }

    @Test
    void htmlIsOnePageWithEveryTextEscapedAndNoScript() throws Exception {
        Path hostile = dir.resolve("songlin-2022.nianbao");
        Files.writeString(hostile, Files.readString(hostile).replace("2、政策解读的形式较单一。", "2、<script>alert(1)</script> & “引号”"));
        Cli.Run run = Cli.run(dir, "diff", "songlin-2021.nianbao", "songlin-2022.nianbao", "--format", "html", "-o", "out/diff.html");
        assertEquals(1, run.exit(), run.toString());
        String html = Files.readString(dir.resolve("out/diff.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("script-src 'none'"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”"), html);
        assertTrue(html.contains("<td>行政处罚</td><td>本年处理决定数量</td><td class=\"num\">333</td><td class=\"num\">296</td>"), html);
        assertTrue(run.err().contains("写入 out/diff.html"), run.err());
        // An existing page is not overwritten unless asked.
        Cli.Run again = Cli.run(dir, "diff", "songlin-2021.nianbao", "songlin-2022.nianbao", "--format", "html", "-o", "out/diff.html");
        assertEquals(2, again.exit(), again.toString());
        assertEquals(1, Cli.run(dir, "diff", "songlin-2021.nianbao", "songlin-2022.nianbao", "--format", "html", "-o", "out/diff.html",
                "--overwrite").exit());
    }

    @Test
    void noChangeIsExitZeroAndBadArgumentsAreUsageErrors() throws Exception {
        Files.copy(dir.resolve("songlin-2021.nianbao"), dir.resolve("same.nianbao"));
        Cli.Run same = Cli.run(dir, "diff", "songlin-2021.nianbao", "same.nianbao");
        assertEquals(0, same.exit(), same.toString());
        assertTrue(same.out().contains("没有变化。"), same.out());
        Cli.Run one = Cli.run(dir, "diff", "songlin-2021.nianbao");
        assertEquals(2, one.exit(), one.toString());
        assertTrue(one.err().contains("diff 要两个文件"), one.err());
        Cli.Run format = Cli.run(dir, "diff", "songlin-2021.nianbao", "same.nianbao", "--format", "pdf");
        assertEquals(2, format.exit(), format.toString());
        Cli.Run missing = Cli.run(dir, "diff", "songlin-2021.nianbao", "nowhere.nianbao");
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("nowhere.nianbao"), missing.err());
        missing.assertNoStackTrace();
    }
}
