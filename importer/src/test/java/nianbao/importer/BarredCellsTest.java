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
 * Tables of page text with their cells parted by {@code |} (files 48–54 of the real corpus, each
 * from another portal): the empty cells a page adds after a row's last cell, a lone {@code |}
 * that is an empty cell when every cell is closed by a bar, a table's title cell with its bars.
 * The corpus test checks their cells; this one checks that what the rules must not read is not
 * read.
 */
class BarredCellsTest {

    private static final Path REAL = Path.of("src/test/resources/real");

    private static String text(String name) throws IOException {
        return Files.readString(REAL.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderEndingInEmptyCellsIsNoRowOfBlanks() throws IOException {
        // 杨林镇: 自然人 | 法人或其他组织 | 总计 | ||||||| names 总计 and ends in seven empty cells.
        ImportResult r = importText(text("51-hengdong-yanglin-zhen-2023.txt"));
        assertFalse(r.nianbaoText().lines().anyMatch(l -> l.startsWith("（七）总计") || l.startsWith("总计")), () -> describe(r));
        JsonObject doc = ReportValues.document(r.nianbaoText());
        assertEquals("{\"purchases\":0,\"amount\":0}", ReportValues.row(doc, "art20-9", "procurement").toString());
    }

    @Test
    void cellsAreNotShiftedPastAnEmptyFirstCell() throws IOException {
        // An empty first cell may be a label's spanned column: the padding after the row is then not dropped.
        String text = text("50-yangling-shenji-2022.txt");
        String row = "规章 | 0 | 0 | 0 |";
        assertTrue(text.contains(row));
        ImportResult r = importText(text.replace(row, "规章 | | 0 | 0 | ||"));
        JsonObject doc = ReportValues.document(r.nianbaoText());
        assertFalse(r.nianbaoText().lines().anyMatch(l -> l.startsWith("规章 ")), () -> describe(r));
        assertTrue(count(r, ProblemId.ROW_UNREADABLE) > 0, () -> describe(r));
        assertEquals("{\"issued\":0,\"repealed\":0,\"active\":0}", ReportValues.row(doc, "art20-1", "normative").toString());
    }

    @Test
    void oneValueBeforeARunOfBarsIsNotARowOfBlanks() throws IOException {
        // 柞水县凤凰镇's page (as a mirror keeps it): 一、本年新收… | 0 | |||||||| — one value, then
        // bars that may be six empty cells or one cell spanning the row. Not read, reported.
        String text = text("50-yangling-shenji-2022.txt") + "自然人 | 法人或其他组织 | 总计 | |||||||\n"
                + "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
                + "一、本年新收政府信息公开申请数量 | 0 | ||||||||\n";
        ImportResult r = importText(text);
        assertFalse(r.nianbaoText().lines().anyMatch(l -> l.startsWith("本年新收")), () -> describe(r));
        assertTrue(count(r, ProblemId.ROW_UNREADABLE) > 0, () -> describe(r));
    }

    @Test
    void aBarredRowOneCellShortIsReportedNotRead() throws IOException {
        // 二道区: 56 | then five empty cells | 56 | and || ending the row. With one empty cell gone
        // the lines cannot say which column lost it.
        String text = text("48-changchun-erdao-zhengshou-2022.txt");
        String row = "一、本年新收政府信息公开申请数量 |\n56 |\n|\n|\n|\n|\n|\n56 |\n||\n";
        assertTrue(text.contains(row));
        ImportResult r = importText(text.replace(row, "一、本年新收政府信息公开申请数量 |\n56 |\n|\n|\n|\n|\n56 |\n||\n"));
        JsonObject doc = ReportValues.document(r.nianbaoText());
        assertFalse(ReportValues.row(doc, "applications", "new").toString().contains("56"), () -> describe(r));
        assertTrue(count(r, ProblemId.ROW_UNREADABLE) > 0, () -> describe(r));
        assertTrue(ReportValues.row(doc, "applications", "disclosed").toString().startsWith("{\"natural\":18,"), () -> describe(r));
    }

    @Test
    void barsLeftAroundATitleAndBetweenRowsAreNoText() throws IOException {
        ImportResult r = importText(text("49-hanyang-bangongshi-2022.txt"));
        assertFalse(r.nianbaoText().lines().anyMatch(l -> l.strip().equals("|")), () -> describe(r));
        assertFalse(r.nianbaoText().contains("第二十条第(一)项 |"), () -> describe(r));
        assertEquals(0, count(r, ProblemId.ROW_UNREADABLE), () -> describe(r));
    }
}
