package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.text.DisplayWidth;
import org.junit.jupiter.api.Test;

class HelpTextTest {

    private static final String TEXT = "生成一份待填写的新报告：模板的每个章节（含样板文字）、每张表的每一行（数字为 0）、"
            + "填好的报告头。写到这个目录（默认写在原文件旁边），文件名为 原名.nianbao；Language Server Protocol。";

    @Test
    void linesFitTheWidthCountingChineseAsTwoColumns() {
        for (int width = 20; width <= 80; width += 7) {
            for (String line : HelpText.wrap(TEXT, width)) {
                assertTrue(DisplayWidth.of(line) <= width, width + ": " + line);
            }
        }
    }

    @Test
    void wrappingLosesNothingButTheSpacesItBreaksAt() {
        List<String> lines = HelpText.wrap(TEXT, 30);

        assertTrue(lines.size() > 3, lines::toString);
        assertEquals(TEXT.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningMark() {
        for (int width = 20; width <= 60; width++) {
            for (String line : HelpText.wrap(TEXT, width)) {
                assertFalse("，。、；：）”".indexOf(line.charAt(0)) >= 0, width + ": " + line);
                assertFalse("（“".indexOf(line.charAt(line.length() - 1)) >= 0, width + ": " + line);
            }
        }
    }

    @Test
    void latinWordsAndFileNamesAreNotSplit() {
        for (int width = 20; width <= 60; width++) {
            String all = String.join("\n", HelpText.wrap(TEXT, width));
            // 原|名 may break (between two Chinese characters), 名|.nianbao may not.
            assertTrue(all.contains("名.nianbao") && all.contains("Language") && all.contains("Protocol"), width + ":\n" + all);
        }
    }

    @Test
    void aShortTextIsOneLine() {
        assertEquals(List.of("显示本帮助并退出"), HelpText.wrap("显示本帮助并退出", 40));
    }
}
