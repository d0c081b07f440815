package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report words the importer reads from {@code report-words.txt} (not from its code) do their work. */
class ReportWordsTest {

    private static String imported(String title) {
        String text = title + "\n一、总体情况\n本机关依法公开政府信息。\n";
        return Importer.importBytes("report.txt", text.getBytes(StandardCharsets.UTF_8)).nianbaoText();
    }

    @Test
    void everyTitleTailWordEndsTheAgencysName() {
        for (String tail : ReportWords.words("title-tail")) {
            String text = imported("淮安市洪泽区人民政府2023年" + tail + (tail.endsWith("年度报告") ? "" : "工作年度报告"));
            assertTrue(text.contains("机关：淮安市洪泽区人民政府\n"), () -> tail + "\n" + text);
        }
        for (String lead : ReportWords.words("title-lead")) {
            String text = imported(lead + "淮安市洪泽区人民政府2023年政府信息公开工作年度报告");
            assertTrue(text.contains("机关：淮安市洪泽区人民政府\n"), () -> lead + "\n" + text);
        }
    }

    @Test
    void blankWordsAreBlankCellsAndNothingElseIs() {
        for (String word : nianbao.core.model.CellValue.BLANK_WORDS) {
            assertEquals(CellText.Kind.BLANK, CellText.of(word, "").kind(), word);
            assertEquals(CellText.Kind.GARBLED, CellText.of(word + "0", "").kind(), word);
        }
        assertFalse(ReportWords.CELL_UNITS.isEmpty());
        assertEquals(ReportWords.words("cell-units").size(), ReportWords.CELL_UNITS.length());
    }
}
