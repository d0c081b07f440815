package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.importer.HandReadValues;
import nianbao.importer.Importer;
import nianbao.importer.ReportValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao import} of the built jar on real published reports, one per input format: the
 * imported report is compiled to JSON by the same jar, and every hand-read cell must be in it
 * (scored by the importer's own {@link HandReadValues}, from its test-jar).
 * This is the test that would have caught jsoup missing from the shipped libraries (issue 14).
 */
class ShippedImportIT {

    @TempDir
    Path dir;

    @Test
    void importOfARealWebPageKeepsEveryHandReadCell() throws IOException {
        String page = Shipped.copy(Shipped.input("30-pingtan-shiyanqu-2024.html"), dir);
        JsonObject report = importAndCompile(page, "30-pingtan-shiyanqu-2024");
        assertEquals("national-2021", templateId(report));
        HandReadValues.Score score = handRead("30-pingtan-shiyanqu-2024.json", report);
        assertEquals(List.of(), score.misses());
        assertTrue(score.total() >= 200, "cells compared: " + score);
        Shipped.Run check = Shipped.nianbao(dir, "check", "out/30-pingtan-shiyanqu-2024.nianbao").assertNoStackTrace();
        assertEquals(0, check.exit(), "the report has no error inside itself: " + check);
    }

    @Test
    void importOfARealWordFileKeepsEveryHandReadCell() throws IOException {
        String word = Shipped.copy(Shipped.input("30-pingtan-shiyanqu-2024.docx"), dir);
        JsonObject report = importAndCompile(word, "30-pingtan-shiyanqu-2024");
        HandReadValues.Score score = handRead("30-pingtan-shiyanqu-2024.json", report);
        assertEquals(List.of(), score.misses());
        assertTrue(score.total() >= 200, "cells compared: " + score);
    }

    /**
     * Old binary Word (.doc, read with POI's HWPF from poi-scratchpad): the jar's class path must
     * carry it. The file is the real page 35 saved as Word 97 by LibreOffice (corpus README).
     */
    @Test
    void importOfAnOldWordFileKeepsEveryHandReadCell() throws IOException {
        String word = Shipped.copy(Shipped.input("45-pingtan-shehuishiye-2025.doc"), dir);
        JsonObject report = importAndCompile(word, "45-pingtan-shehuishiye-2025");
        assertEquals("national-2021", templateId(report));
        HandReadValues.Score score = handRead("45-pingtan-shehuishiye-2025.json", report);
        assertEquals(List.of(), score.misses());
        assertTrue(score.total() >= 190, "cells compared: " + score);
    }

    @Test
    void importOfTextTakenOutOfAWordFileGivesTheExampleBack() throws IOException {
        String text = Shipped.copy(Shipped.input("guanghua-2021-word.txt"), dir);
        Shipped.Run run = Shipped.nianbao(dir, "import", text, "-o", "out", "--check").assertNoStackTrace();
        // The text names only 光华镇 (its title): the importer suggests the agency's full name
        // instead of making it up, and the check asks for it; the clerk then writes it.
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("[header.missing-field]") && run.err().contains("光华镇人民政府"), run::toString);
        Path report = dir.resolve("out/guanghua-2021-word.nianbao");
        Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8).replace("年度：2021\n", "机关：光华镇人民政府\n年度：2021\n"),
                StandardCharsets.UTF_8);
        Shipped.Run check = Shipped.nianbao(dir, "check", "out/guanghua-2021-word.nianbao").assertNoStackTrace();
        assertEquals(0, check.exit(), check::toString);
        JsonObject imported = compile("out/guanghua-2021-word.nianbao");
        String example = Shipped.copy(Shipped.example("guanghua-2021.nianbao"), dir);
        assertEquals(ReportValues.tables(compile(example)), ReportValues.tables(imported));
    }

    /** PDF import (Apache PDFBox, issue 14 item 2). The real PDF's two errors in table 四 must be found. */
    @Test
    void importOfARealPdfKeepsEveryHandReadCellAndCheckFindsItsErrors() throws IOException {
        importOfHongze("26-hongze-qu-2023.pdf");
    }

    /** Space-aligned text as {@code pdftotext -layout} gives it (issue 14 item 3). */
    @Test
    void importOfTheTextLayerOfARealPdfKeepsEveryHandReadCellAndCheckFindsItsErrors() throws IOException {
        importOfHongze("26-hongze-qu-2023.txt");
    }

    private void importOfHongze(String file) throws IOException {
        String input = Shipped.copy(Shipped.input(file), dir);
        JsonObject report = importAndCompile(input, "26-hongze-qu-2023");
        HandReadValues.Score score = handRead("26-hongze-qu-2023.json", report);
        // The 2019-format row （六）其他处理 has no place in the 2021 format (importer's RealReportsTest).
        assertTrue(score.misses().stream().allMatch(m -> m.cell().row().id().equals("other-handling")), score::toString);
        assertTrue(score.exact() >= 40, "cells exact: " + score);
        Shipped.Run check = Shipped.nianbao(dir, "check", "out/26-hongze-qu-2023.nianbao").assertNoStackTrace();
        assertEquals(1, check.exit(), check::toString);
        // 行政复议 10+1+0+0 but 总计 0; 复议后起诉 5 but 总计 0.
        Pattern error = Pattern.compile(".*: error: .*\\[balance\\.row-total]");
        assertEquals(2, check.outLines().stream().filter(l -> error.matcher(l).matches()).count(), check::toString);
    }

    private static String templateId(JsonObject report) {
        return report.getAsJsonObject("template").get("id").getAsString();
    }

    /** The hand-read cells of a real report ({@code NAME.json} beside it) scored against its imported document. */
    private static HandReadValues.Score handRead(String json, JsonObject report) throws IOException {
        var template = Importer.builtInTemplates().get(templateId(report));
        return HandReadValues.score(HandReadValues.load(Shipped.input(json), template), report);
    }

    /** Imports {@code input} into out/NAME.nianbao, then compiles that to JSON with the same jar. */
    private JsonObject importAndCompile(String input, String name) throws IOException {
        Shipped.Run run = Shipped.nianbao(dir, "import", input, "-o", "out").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("已生成 out/" + name + ".nianbao"), run::toString);
        return compile("out/" + name + ".nianbao");
    }

    private JsonObject compile(String report) throws IOException {
        Shipped.Run run = Shipped.nianbao(dir, "compile", report, "--to", "json", "-o", "json/", "--force").assertNoStackTrace();
        assertEquals(0, run.exit(), run::toString);
        String name = Path.of(report).getFileName().toString().replace(".nianbao", ".json");
        assertTrue(Files.isRegularFile(dir.resolve("json").resolve(name)), run::toString);
        return ReportValues.read(dir.resolve("json").resolve(name));
    }
}
