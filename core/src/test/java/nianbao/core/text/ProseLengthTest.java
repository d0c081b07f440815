package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counting as Word's 字数 does: one per Chinese character or punctuation mark, one per run of half-width characters, none for white space. */
class ProseLengthTest {

    @Test
    void chineseCharactersAndPunctuationCountOneEach() {
        assertEquals(7, ProseLength.of("主动公开信息。"));
        assertEquals(7, ProseLength.of("（一）主动公开"));
        assertEquals(3, ProseLength.of("“无”"));
    }

    @Test
    void aRunOfHalfWidthCharactersCountsOneAndWhiteSpaceNothing() {
        // 全年 2 + 1,234 1 + 条 1 + ， 1 + H5 1 + 解读 2
        assertEquals(8, ProseLength.of("全年1,234条，H5解读"));
        assertEquals(8, ProseLength.of("全年 1,234 条，\u3000H5 解读 "));
        assertEquals(3, ProseLength.of("2021年度"), "2021 is one, as in Word");
        assertEquals(0, ProseLength.of(" \t\u3000"));
    }

    @Test
    void fullWidthDigitsCountOneEachAndACharacterBeyondTheBmpOne() {
        assertEquals(4, ProseLength.of("２０２１"));
        assertEquals(3, ProseLength.of("\uD840\uDC00村委"));
    }

    @Test
    void whereTheCharacterAfterSoManyBegins() {
        String text = "\uD840\uDC00村 2021年，共 12 条";
        assertEquals(0, ProseLength.startOf(text, 0));
        assertEquals(2, ProseLength.startOf(text, 1), "after a character of two UTF-16 units");
        assertEquals(4, ProseLength.startOf(text, 2), "the space is skipped: 2021 begins");
        assertEquals(8, ProseLength.startOf(text, 3), "2021 was one: 年 begins");
        assertEquals(ProseLength.of(text), 8);
        assertEquals(-1, ProseLength.startOf(text, 8));
    }
}
