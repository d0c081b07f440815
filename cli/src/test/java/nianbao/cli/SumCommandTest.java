package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao sum} as a county runs it: 云溪镇 on the county template (which extends the
 * national one and adds a table) beside 松林镇 on the national template, with real figures.
 */
class SumCommandTest {

    /** 云溪镇's 行政处罚 row in examples/yunxi-2021.nianbao (9 decisions; 松林镇 has 333). */
    private static final String YUNXI_PENALTIES = "行政处罚              9\n";

    @TempDir
    Path dir;

    @BeforeEach
    void reports() throws IOException {
        Path examples = Fixtures.example().getParent();
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(examples.resolve(name), dir.resolve(name));
        }
        try (InputStream in = SumCommandTest.class.getResourceAsStream("/sum/songlin-2021.nianbao")) {
            Files.copy(in, dir.resolve("songlin-2021.nianbao"));
        }
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** The value columns of the first line of a summed text that starts with {@code label}. */
    private static List<String> row(String text, String label) {
        String line = text.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow(() -> new AssertionError(label));
        List<String> words = List.of(line.trim().split("\\s+"));
        return words.subList(1, words.size());
    }

    /** The one-based line of the first line of a file that starts with {@code start}. */
    private int lineOf(String name, String start) throws IOException {
        List<String> lines = read(name).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + name);
    }

    @Test
    void aCountyTemplateReportIsSummedWithANationalOneOverTheNationalTables() throws Exception {
        Cli.Run sum = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "qingshan.nianbao", "--agency", "青山县");
        assertEquals(0, sum.exit(), sum.toString());
        String total = read("qingshan.nianbao");
        assertTrue(total.contains("模板：national-2021"), total);
        // 333 + 9 penalties, 56 + 41 permits, 3.5 + 1.25 万元, 11 + 6 new applications (8 + 5 natural persons).
        assertEquals(List.of("342"), row(total, "行政处罚"));
        assertEquals(List.of("97"), row(total, "行政许可"));
        assertEquals(List.of("4.75"), row(total, "行政事业性收费"));
        assertEquals(List.of("13", "3", "0", "0", "1", "0", "17"), row(total, "本年新收"));
        assertEquals(List.of("2", "0", "0", "0", "0", "0", "2"), row(total, "结转下年度"));
        // The county's own table is named as not summed, not silently dropped.
        assertFalse(total.contains("专栏更新"), total);
        assertTrue(sum.err().contains("未汇总：yunxi-2021.nianbao 的“专栏更新情况”"), sum.err());
        // The sum checks clean.
        Cli.Run check = Cli.run(dir, "check", "qingshan.nianbao");
        assertEquals(0, check.exit(), check.toString());
    }

    @Test
    void theSameFileGivenTwiceIsRefusedAlsoByAnotherPath() throws Exception {
        Cli.Run twice = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "songlin-2021.nianbao", "-o", "t.json");
        assertEquals(2, twice.exit(), twice.toString());
        assertTrue(twice.err().contains("同一份报告给了两次：songlin-2021.nianbao"), twice.err());
        assertFalse(Files.exists(dir.resolve("t.json")));

        Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(dir.resolve("in/link.nianbao"), dir.resolve("yunxi-2021.nianbao"));
        for (String other : List.of("./yunxi-2021.nianbao", "in/../yunxi-2021.nianbao", "in/link.nianbao")) {
            Cli.Run run = Cli.run(dir, "sum", "yunxi-2021.nianbao", "songlin-2021.nianbao", other, "-o", "t.json");
            assertEquals(2, run.exit(), other + "\n" + run);
            assertTrue(run.err().contains("yunxi-2021.nianbao 和 " + other + "（是同一个文件）"), run.err());
            assertFalse(Files.exists(dir.resolve("t.json")));
            run.assertNoStackTrace();
        }
        // Two files with the same text are two reports (two townships may well report the same figures).
        Files.copy(dir.resolve("songlin-2021.nianbao"), dir.resolve("copy.nianbao"));
        Cli.Run copies = Cli.run(dir, "sum", "songlin-2021.nianbao", "copy.nianbao", "-o", "t.nianbao");
        assertEquals(0, copies.exit(), copies.toString());
        assertEquals(List.of("666"), row(read("t.nianbao"), "行政处罚"));
    }

    @Test
    void anUnreadableCellIsRefusedAtItsTownshipLineAndForceSaysWhatItSkipped() throws Exception {
        String yunxi = read("yunxi-2021.nianbao");
        assertTrue(yunxi.contains(YUNXI_PENALTIES));
        Files.writeString(dir.resolve("yunxi-2021.nianbao"), yunxi.replace(YUNXI_PENALTIES, "行政处罚              9件\n"));
        int line = lineOf("yunxi-2021.nianbao", "行政处罚");
        int column = YUNXI_PENALTIES.indexOf('9') + 1;

        Cli.Run refused = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "t.nianbao");
        assertEquals(2, refused.exit(), refused.toString());
        assertEquals(List.of("yunxi-2021.nianbao:" + line + ":" + column + ": error: “行政处罚”的“本年处理决定数量”填写“9件”，不是数字，无法汇总 [sum.unreadable]"),
                refused.outLines());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertFalse(Files.exists(dir.resolve("t.nianbao")));

        Cli.Run forced = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "t.nianbao", "--force");
        assertEquals(0, forced.exit(), forced.toString());
        assertEquals(List.of("yunxi-2021.nianbao:" + line + ":" + column + ": warning: “行政处罚”的“本年处理决定数量”填写“9件”，不是数字，已跳过，按 0 汇总 [sum.unreadable]"),
                forced.outLines());
        assertTrue(forced.err().contains("跳过 1 个无法读取的单元格"), forced.err());
        assertEquals(List.of("333"), row(read("t.nianbao"), "行政处罚"));
        assertEquals(List.of("97"), row(read("t.nianbao"), "行政许可"));
    }

    @Test
    void aRowWrittenWithACellMissingIsUnreadableNotShifted() throws Exception {
        String songlin = read("songlin-2021.nianbao");
        String full = "予以公开        4       1         0         0             1             0     6\n";
        assertTrue(songlin.contains(full));
        Files.writeString(dir.resolve("songlin-2021.nianbao"), songlin.replace(full, "予以公开        4       1         0         0             1             6\n"));
        Cli.Run refused = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "t.json");
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.out().startsWith("songlin-2021.nianbao:" + lineOf("songlin-2021.nianbao", "予以公开") + ":1: error: “予以公开”这一行只写了 6 格，表有 7 列，无法确定各数属于哪一列，无法汇总 [sum.unreadable]"),
                refused.out());
        // A unit written apart from its number (“5 件”) makes one cell too many: the numbers after it would shift.
        Files.writeString(dir.resolve("songlin-2021.nianbao"), songlin.replace(full, "予以公开        4 件    1         0         0             1             0     6\n"));
        Cli.Run shifted = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "t.json");
        assertEquals(2, shifted.exit(), shifted.toString());
        assertTrue(shifted.out().contains("“予以公开”这一行写了 8 格，表有 7 列，无法确定各数属于哪一列"), shifted.out());
        assertFalse(Files.exists(dir.resolve("t.json")));
    }

    @Test
    void findingsNameTheTownshipFileAndLineNeverTheSum() throws Exception {
        String yunxi = read("yunxi-2021.nianbao");
        String disclosed = "予以公开        3       1         0         0             0             0     4\n";
        assertTrue(yunxi.contains(disclosed));
        Files.writeString(dir.resolve("yunxi-2021.nianbao"), yunxi.replace(disclosed, disclosed.replace("0     4", "0     5")));
        String where = "yunxi-2021.nianbao:" + lineOf("yunxi-2021.nianbao", "予以公开") + ":";
        for (String output : List.of("total.json", "total.nianbao")) {
            Cli.Run sum = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", output);
            assertEquals(1, sum.exit(), sum.toString());
            assertFalse(sum.outLines().isEmpty(), sum.toString());
            for (String finding : sum.outLines()) {
                assertTrue(finding.startsWith(where), finding);
                assertTrue(finding.contains("“予以公开”的“总计”填写 5"), finding);
            }
            assertTrue(Files.exists(dir.resolve(output)), "the sum is still written");
        }
    }

    @Test
    void aFindingOfTheSumAloneNamesTheJsonFileWithoutALineOfATextNeverWritten() throws Exception {
        // 3件 under --force is added as 0: the sum's 予以公开 row no longer adds up, which no township's
        // rules could say (their rule over that row has a cell that is not a number).
        String yunxi = read("yunxi-2021.nianbao");
        String disclosed = "予以公开        3       1";
        assertTrue(yunxi.contains(disclosed));
        Files.writeString(dir.resolve("yunxi-2021.nianbao"), yunxi.replace(disclosed, "予以公开        3件     1"));
        Cli.Run json = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "total.json", "--force");
        assertEquals(1, json.exit(), json.toString());
        List<String> sumFindings = json.outLines().stream().filter(l -> l.startsWith("total.json")).toList();
        assertFalse(sumFindings.isEmpty(), json.toString());
        for (String finding : sumFindings) {
            assertTrue(finding.startsWith("total.json: error: 汇总结果："), finding);
        }
        Cli.Run text = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "total.nianbao", "--force");
        assertEquals(1, text.exit(), text.toString());
        int line = read("total.nianbao").lines().toList().indexOf(read("total.nianbao").lines()
                .filter(l -> l.startsWith("予以公开")).findFirst().orElseThrow()) + 1;
        assertTrue(text.outLines().stream().anyMatch(l -> l.startsWith("total.nianbao:" + line + ":")), text.toString());
    }

    @Test
    void anExistingOutputIsNotOverwrittenUnlessAsked() throws Exception {
        Files.writeString(dir.resolve("total.json"), "{\"kept\":true}");
        Cli.Run refused = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "total.json");
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("total.json 已存在，没有覆盖（要覆盖，加 --overwrite）"), refused.err());
        assertEquals("{\"kept\":true}", read("total.json"));
        // Not even an input file can be clobbered by a slip of -o.
        Cli.Run input = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "songlin-2021.nianbao");
        assertEquals(2, input.exit(), input.toString());
        assertTrue(read("songlin-2021.nianbao").startsWith("// 松林镇"));

        Cli.Run overwrite = Cli.run(dir, "sum", "songlin-2021.nianbao", "yunxi-2021.nianbao", "-o", "total.json", "--overwrite");
        assertEquals(0, overwrite.exit(), overwrite.toString());
        assertTrue(read("total.json").contains("\"year\""), read("total.json"));

        // init refuses the same way and takes the same option.
        Cli.Run init = Cli.run(dir, "init", "-t", "national-2021", "--agency", "松林镇人民政府", "--year", "2022", "-o", "total.json");
        assertEquals(2, init.exit(), init.toString());
        assertTrue(init.err().contains("--overwrite"), init.err());
        Cli.Run initOverwrite = Cli.run(dir, "init", "-t", "national-2021", "--agency", "松林镇人民政府", "--year", "2022",
                "-o", "total.json", "--overwrite");
        assertEquals(0, initOverwrite.exit(), initOverwrite.toString());
        assertTrue(read("total.json").contains("年度：2022"));
    }

    @Test
    void reportsOfFormatsWithNoTableInCommonOrOfDifferentYearsAreRefused() throws Exception {
        Files.writeString(dir.resolve("songlin-2020.nianbao"), read("songlin-2021.nianbao").replace("年度：2021", "年度：2020"));
        Cli.Run years = Cli.run(dir, "sum", "songlin-2021.nianbao", "songlin-2020.nianbao", "-o", "t.json");
        assertEquals(2, years.exit(), years.toString());
        assertTrue(years.err().contains("年度不同"), years.err());
        Files.writeString(dir.resolve("old.nianbao"), read("yunxi-2020.nianbao").replace("年度：2020", "年度：2021"));
        Cli.Run templates = Cli.run(dir, "sum", "songlin-2021.nianbao", "old.nianbao", "-o", "t.json");
        assertEquals(2, templates.exit(), templates.toString());
        assertTrue(templates.err().contains("模板不同"), templates.err());
        assertFalse(Files.exists(dir.resolve("t.json")));
    }
}
