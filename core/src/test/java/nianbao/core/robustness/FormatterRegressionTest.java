package nianbao.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nianbao.core.ExampleFiles;
import nianbao.core.features.Formatter;
import nianbao.core.testing.Golden;
import nianbao.syntax.ReportSyntaxParser;
import org.junit.jupiter.api.Test;

/** Cases the formatting property found, kept as regression tests. */
class FormatterRegressionTest {

    private static String format(String text) {
        return Documents.apply(text, Formatter.format(ReportSyntaxParser.parse(text), null));
    }

    private static void assertFormatsOnce(String text) {
        String once = format(text);
        assertEquals(Documents.withoutSpacing(text), Documents.withoutSpacing(once), "characters changed");
        assertEquals(once, format(once), () -> "formatting again changed:\n" + once);
    }

    /**
     * Found at 10,000 cases (seed 8155225406623853028): a line of U+3000 between a lone CR and an
     * LF is a blank line that ends the table; trimming it left "\r\n", one line break, and the
     * rows below joined the table on the next format.
     */
    @Test
    void aBlankLineBetweenACarriageReturnAndALineFeedIsKept() {
        String head = "[第二十条第（一）项]  本年制发件数  本年废止件数  现行有效件数\n";
        assertFormatsOnce(ExampleFiles.read("guanghua-2021.nianbao").replace(head, head + "0\r\u3000\n"));
        assertFormatsOnce("标题：x\r \n# 一、总体情况\r\t\n正文\r\u00a0\n");
    }

    /** The case as jqwik found it. */
    @Test
    void theFoundCaseFormatsOnce() {
        assertFormatsOnce(Golden.read(Golden.RESOURCES.resolve("regressions/formatter-cr-blank-line.nianbao")));
    }

    /**
     * Found at 10,000 cases (seed -8135615328351091668): a file that starts with a BOM. The BOM is
     * not part of the document (editors hold the text without it, and positions count from after
     * it), so the formatter's edits apply to the text after the BOM.
     */
    @Test
    void editsOfAFileWithABomApplyToTheTextAfterIt() {
        for (String text : java.util.List.of("\uFEFF[[申请处理]// 注释。\n本年新收 1\n",
                "\uFEFF[申请处理]  总计  // 注释。\n本年新收 1  // 行尾注释\n")) {
            String withoutBom = text.substring(1);
            String once = Documents.apply(withoutBom, Formatter.format(ReportSyntaxParser.parse(text), null));
            assertEquals(Documents.withoutSpacing(withoutBom), Documents.withoutSpacing(once), "characters changed");
            assertFormatsOnce(withoutBom);
        }
    }
}
