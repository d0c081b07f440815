package nianbao.importer;

import static nianbao.importer.TextImports.count;
import static nianbao.importer.TextImports.describe;
import static nianbao.importer.TextImports.importText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Import artefacts seen on real report pages (the excerpts and their sources are listed in
 * {@code src/test/resources/pages/README.md}): tables written one cell a line, a title set on two
 * lines, a sentence taken for the title, a 2019 report without tables given the 2021 format.
 */
class RealPagesTest {

    private static final Path PAGES = Path.of("src/test/resources/pages");

    private static String page(String name) throws IOException {
        return Files.readString(PAGES.resolve(name), StandardCharsets.UTF_8);
    }

    private static String values(JsonObject document, String table, String row) {
        return ReportValues.row(document, table, row).toString();
    }

    @Test
    void aTableWrittenOneCellALineIsRead() throws IOException {
        ImportResult r = importText(page("meizi-zhen-2024.txt"));
        JsonObject doc = ReportValues.document(r.nianbaoText());
        assertEquals("{\"issued\":0,\"repealed\":0,\"active\":0}", values(doc, "art20-1", "rules"), () -> describe(r));
        assertEquals("{\"issued\":0,\"repealed\":0,\"active\":0}", values(doc, "art20-1", "normative"));
        assertEquals("{\"decisions\":0}", values(doc, "art20-6", "enforcement"));
        String zeros = "{\"natural\":0,\"business\":0,\"research\":0,\"public-interest\":0,\"legal-service\":0,\"other\":0,\"total\":0}";
        assertEquals(zeros, values(doc, "applications", "new"));
        assertEquals(zeros, values(doc, "applications", "carried-over"));
        assertEquals(zeros, values(doc, "applications", "disclosed"));
        assertEquals(0, count(r, ProblemId.ROW_UNREADABLE), () -> describe(r));
        assertEquals(1, count(r, ProblemId.TABLE_LOST), () -> describe(r)); // table 四, after the excerpt's end
    }

    @Test
    void cellsPartedByLoneBarsAreRead() throws IOException {
        // 0 | per line (茅坪), and a lone | between cells (新疆, whose 规章 row holds 现行有效 6).
        ImportResult maoping = importText(page("maoping-zhen-2022.txt"));
        JsonObject doc = ReportValues.document(maoping.nianbaoText());
        assertEquals("{\"issued\":0,\"repealed\":0,\"active\":0}", values(doc, "art20-1", "rules"), () -> describe(maoping));
        assertEquals("{\"amount\":0}", values(doc, "art20-8", "fees"));
        assertEquals(0, count(maoping, ProblemId.ROW_UNREADABLE), () -> describe(maoping));
        ImportResult xinjiang = importText(page("xinjiang-zhen-2023.txt"));
        doc = ReportValues.document(xinjiang.nianbaoText());
        assertEquals("{\"issued\":0,\"repealed\":0,\"active\":6}", values(doc, "art20-1", "rules"), () -> describe(xinjiang));
        assertEquals("{\"decisions\":0}", values(doc, "art20-5", "permits"));
        assertEquals(0, count(xinjiang, ProblemId.ROW_UNREADABLE), () -> describe(xinjiang));
        assertFalse(xinjiang.nianbaoText().lines().anyMatch(l -> l.strip().equals("|")), xinjiang::nianbaoText);
    }

    @Test
    void aRowWithACellMissingIsNotGuessed() throws IOException {
        // 新疆's 规章 row with one of its three numbers gone: two numbers cannot say which column is empty.
        String text = page("xinjiang-zhen-2023.txt");
        String row = "规章\n|\n0\n|\n0\n|\n6\n|\n";
        assertTrue(text.contains(row));
        ImportResult r = importText(text.replace(row, "规章\n|\n0\n|\n6\n|\n"));
        JsonObject doc = ReportValues.document(r.nianbaoText());
        assertFalse(ReportValues.tables(doc).toString().contains("\"active\":6"), () -> describe(r));
        assertTrue(count(r, ProblemId.ROW_UNREADABLE) > 0, () -> describe(r));
        assertEquals("{\"issued\":0,\"repealed\":0,\"active\":0}", values(doc, "art20-1", "normative"));
    }

    @Test
    void aTitleSetOnTwoLinesIsJoined() throws IOException {
        ImportResult r = importText(page("dizhang-jiedao-2023.txt"));
        assertTrue(r.nianbaoText().contains("标题：西咸新区底张街道办事处2023年度政府信息公开工作年度报告\n"), () -> describe(r));
        assertTrue(r.nianbaoText().contains("机关：西咸新区底张街道办事处\n"), () -> describe(r));
        assertEquals(0, count(r, ProblemId.BEFORE_TITLE), () -> describe(r));
    }

    @Test
    void aTitleOnTwoLinesUnderThePagesShorterTitleIsTheTitle() throws IOException {
        // 松木塘镇: the page's title names no agency; the report's own title below it, on two lines, does.
        ImportResult r = importText(page("songmutang-zhen-2022.txt"));
        assertTrue(r.nianbaoText().contains("标题：桃江县松木塘镇人民政府2022年政府信息公开工作年度报告\n"), () -> describe(r));
        assertTrue(r.nianbaoText().contains("机关：桃江县松木塘镇人民政府\n"), () -> describe(r));
        assertEquals(0, count(r, ProblemId.TEXT_MOVED), () -> describe(r));
        assertEquals(1, count(r, ProblemId.BEFORE_TITLE), () -> describe(r));
    }

    @Test
    void aSentenceIsNeverTheTitle() throws IOException {
        // 茅坪: "…现将茅坪回族镇2022年度政府信息公开工作报告如下：" introduces the report; 威海: the
        // paragraph that names 本报告 and 2022 is prose. Neither page prints its title in the text.
        for (String name : new String[] {"maoping-zhen-2022.txt", "weihai-bangongshi-2022.txt"}) {
            ImportResult r = importText(page(name));
            assertFalse(r.nianbaoText().contains("标题："), () -> name + "\n" + describe(r));
            assertEquals(1, count(r, ProblemId.TITLE_MISSING), () -> describe(r));
        }
        assertTrue(importText(page("maoping-zhen-2022.txt")).nianbaoText().contains("现将茅坪回族镇2022年度政府信息公开工作报告如下"));
    }

    @Test
    void withoutTableEvidenceTheReportYearChoosesTheFormat() throws IOException {
        ImportResult r = importText(page("shengsi-jiaoyu-2019.txt"));
        assertEquals("national-2019", r.templateId(), () -> describe(r));
        assertEquals(0, count(r, ProblemId.YEAR_FORMAT_MISMATCH), () -> describe(r));
        // The same page dated 2022 (a page of the 2021 format's years, equally cut) takes the 2021 format.
        ImportResult later = importText(page("shengsi-jiaoyu-2019.txt").replace("2019", "2022"));
        assertEquals("national-2021", later.templateId(), () -> describe(later));
    }
}
