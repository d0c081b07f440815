package nianbao.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The spellings the outsider corpus needed, each on the example report, with its limit: what is
 * accepted, and the nearby spelling that is still refused rather than guessed.
 */
class OutsiderSpellingsTest {

    private static List<String> ids(String from, String to) {
        String example = ExampleFiles.read("guanghua-2021.nianbao");
        String text = example.replace(from, to);
        assertEquals(false, text.equals(example), "the example holds " + from);
        return CorpusTest.analyze(ExampleFiles.path("guanghua-2021.nianbao"), text).diagnostics().stream()
                .map(Diagnostic::id).toList();
    }

    @Test
    void aColumnNameWithItsOwnUnitIsTheColumnAndWithAnotherUnitIsRefused() {
        assertEquals(List.of(), ids("[第二十条第（八）项]  本年收费金额", "[第二十条第（八）项]  本年收费金额（单位：万元）"));
        assertEquals(List.of("column.unknown"), ids("[第二十条第（八）项]  本年收费金额", "[第二十条第（八）项]  本年收费金额（单位：元）"));
    }

    @Test
    void aSubRowInBracketsAfterItsHeadingIsThatRow() {
        assertEquals(List.of(), ids("未经复议直接起诉      -", "行政诉讼（未经复议直接起诉） -"));
        assertEquals(List.of(), ids("复议后起诉            -", "行政诉讼(复议后起诉) -"));
    }

    @Test
    void aSubRowAfterItsHeadingWithASpaceIsThatRow() {
        assertEquals(List.of(), ids("国家秘密        -", "（三）不予公开 1. 属于国家秘密 -"));
        assertEquals(List.of(), ids("国家秘密        -", "（三）不予公开\t1.属于国家秘密 -"));
    }

    @Test
    void aYearAfterTheOrdinalOfAHeadingIsRead() {
        assertEquals(List.of(), ids("# 一、总体情况", "# 一、2021年政府信息公开工作总体情况"));
        assertEquals(List.of(), ids("# 一、总体情况", "# 一、2021年度总体情况"));
    }
}
