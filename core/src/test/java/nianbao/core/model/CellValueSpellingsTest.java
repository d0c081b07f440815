package nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Cell spellings of real published tables (core/src/test/resources/outsider/). */
class CellValueSpellingsTest {

    @Test
    void thousandsSeparatorsAsPublishedAreNumbers() {
        assertEquals(0, new BigDecimal("517645").compareTo(CellValue.parse("517,645").number()));
        assertEquals(0, new BigDecimal("4068.208").compareTo(CellValue.parse("4,068.208").number()));
        assertEquals(0, new BigDecimal("1234567").compareTo(CellValue.parse("1,234,567").number()));
        assertEquals(0, new BigDecimal("2154").compareTo(CellValue.parse("2，154").number()));
    }

    @Test
    void commasThatAreNoGroupingStayInvalid() {
        for (String s : new String[] {"1,2", "0,100", "12,34", "1,2345", ",123", "1,234,", "1,234.", "1,,234"}) {
            assertEquals(CellValue.Kind.INVALID, CellValue.parse(s).kind(), s);
        }
    }

    @Test
    void slashAndEmptyWordsAreBlanks() {
        for (String s : new String[] {"/", "／", "无", "空", "-", "—", "", "——", "--", "－－", "————"}) {
            assertEquals(CellValue.Kind.BLANK, CellValue.parse(s).kind(), s);
        }
        assertEquals(CellValue.Kind.INVALID, CellValue.parse("//").kind());
        for (String s : new String[] {"—-", "——1", "-—", "—————", "--1"}) {
            assertEquals(CellValue.Kind.INVALID, CellValue.parse(s).kind(), s + ": mixed dashes, a dash and a digit, five dashes");
        }
    }

    @Test
    void emptyCellsAtTheEndOfAPastedGridRowAreItsPaddingOnlyBeyondTheColumns() {
        java.util.List<nianbao.syntax.Word> cells = nianbao.syntax.ReportSyntaxParser
                .parse("# 二\n[表] a b c\n| 行政许可 | 0 | | 5 | | |\n").sections().get(0).blocks().stream()
                .map(b -> ((nianbao.syntax.ReportSyntax.Table) b).rows().get(0).cells()).findFirst().orElseThrow();
        assertEquals(5, cells.size());
        assertEquals(3, ReportBinder.withoutPadding(cells, 3).size(), "the two empty cells beyond three columns");
        assertEquals(3, ReportBinder.withoutPadding(cells, 1).size(), "a cell with a number is never padding");
        assertEquals(4, ReportBinder.withoutPadding(cells, 4).size(), "an empty cell within the columns is a blank");
        assertEquals(0, ReportBinder.withoutPadding(cells.subList(1, 2), 0).size());
    }
    @Test
    void aSectionOrdinalFollowedByASpaceIsReadAsWithItsMark() {
        assertEquals("一、总体情况", ReportBinder.spacedOrdinal("一 总体情况"));
        assertEquals("三、收到和处理政府信息公开申请情况", ReportBinder.spacedOrdinal("三\u3000 收到和处理政府信息公开申请情况"));
        assertEquals("3、收到和处理政府信息公开申请情况", ReportBinder.spacedOrdinal("3 收到和处理政府信息公开申请情况"));
        assertEquals("一总体情况", ReportBinder.spacedOrdinal("一总体情况"), "no space: the numeral may be part of the name");
        assertEquals("一、总体情况", ReportBinder.spacedOrdinal("一、总体情况"));
        assertEquals("总体情况", ReportBinder.spacedOrdinal("总体情况"));
        assertEquals("一 ", ReportBinder.spacedOrdinal("一 "), "an ordinal alone names nothing");
        assertEquals("2023年政府信息公开工作总体情况", ReportBinder.spacedOrdinal("2023年政府信息公开工作总体情况"));
    }
    @Test
    void aNameEndingWithAColonIsTheName() {
        assertEquals("本年新收", ReportBinder.withoutColon("本年新收："));
        assertEquals("第二十条第（五）项", ReportBinder.withoutColon("第二十条第（五）项:"));
        assertEquals("本年新收", ReportBinder.withoutColon("本年新收"));
        assertEquals("本年：新收", ReportBinder.withoutColon("本年：新收"), "only a colon at the end");
    }
}
