package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.Test;

@SuppressWarnings("EnumOrdinal") // token types are numbered by their index in the legend, as LSP sends them
class SemanticTokensTest {

    record Given(String text) {
        List<SemanticToken> tokens() {
            return SemanticTokens.of(new Analyzer().analyze(text));
        }

        /** The text each token covers, with its type. */
        List<String> shown() {
            SourceText source = new SourceText(text);
            return tokens().stream().map(t -> t.type() + " " + source.line(t.line())
                    .substring(t.startChar(), t.startChar() + t.length())).toList();
        }
    }

    static Given given(String text) {
        return new Given(text);
    }

    private static final String SMALL = """
            // 注释
            标题：𠀾村报告
            模板：national-2021

            # 三、收到和处理政府信息公开申请情况
            ## （一）概况
            1、第一点。
            [申请处理] 自然人 总计
            𠀾本年新收 1 1 // 𠀾备注
            上年结转 - 0
            """;

    @Test
    void eachKindOfTextHasItsType() {
        assertEquals(List.of(
                "COMMENT // 注释",
                "HEADER_KEY 标题", "HEADER_VALUE 𠀾村报告",
                "HEADER_KEY 模板", "HEADER_VALUE national-2021",
                "HEADING # 三、收到和处理政府信息公开申请情况",
                "SUBHEADING ## （一）概况",
                "POINT_ORDINAL 1、",
                "TABLE_NAME 申请处理", "COLUMN_NAME 自然人", "COLUMN_NAME 总计",
                "ROW_LABEL 𠀾本年新收", "NUMBER 1", "NUMBER 1", "COMMENT // 𠀾备注",
                "ROW_LABEL 上年结转", "BLANK_CELL -", "NUMBER 0"), given(SMALL).shown());
    }

    @Test
    void positionsAreUtf16AndSortedWithoutOverlap() {
        List<SemanticToken> tokens = given(SMALL).tokens();
        SemanticToken number = tokens.stream().filter(t -> t.line() == 8 && t.type() == SemanticToken.Type.NUMBER)
                .findFirst().orElseThrow();
        assertEquals(7, number.startChar()); // 𠀾 is two units, 本年新收 four, then a space
        assertEquals(new SemanticToken(1, 3, 5, SemanticToken.Type.HEADER_VALUE), tokens.get(2));
        for (String text : List.of(SMALL, Marked.example(), Marked.crlf(Marked.example()))) {
            List<SemanticToken> all = given(text).tokens();
            for (int i = 1; i < all.size(); i++) {
                SemanticToken a = all.get(i - 1);
                SemanticToken b = all.get(i);
                assertTrue(a.line() < b.line() || (a.line() == b.line() && a.startChar() + a.length() <= b.startChar()),
                        a + " / " + b);
            }
        }
        assertEquals(given(Marked.example()).tokens(), given(Marked.crlf(Marked.example())).tokens());
    }

    @Test
    void theLegendNamesStandardTypesInOrdinalOrder() {
        assertEquals(SemanticToken.Type.values().length, SemanticTokens.LEGEND.size());
        assertEquals("number", SemanticTokens.LEGEND.get(SemanticToken.Type.NUMBER.ordinal()));
        assertEquals(SemanticTokens.LEGEND.size(), SemanticTokens.LEGEND.stream().distinct().count());
    }

    @Test
    void encodingIsRelative() {
        List<SemanticToken> tokens = List.of(
                new SemanticToken(1, 3, 2, SemanticToken.Type.HEADER_KEY),
                new SemanticToken(1, 7, 4, SemanticToken.Type.HEADER_VALUE),
                new SemanticToken(4, 2, 1, SemanticToken.Type.NUMBER));
        assertArrayEquals(new int[] {
                1, 3, 2, SemanticToken.Type.HEADER_KEY.ordinal(), 0,
                0, 4, 4, SemanticToken.Type.HEADER_VALUE.ordinal(), 0,
                3, 2, 1, SemanticToken.Type.NUMBER.ordinal(), 0}, SemanticTokens.encode(tokens));
    }

    @Test
    void aBrokenFileStillHasTokens() {
        // An empty heading and a table head without its closing bracket: the rest is still coloured.
        assertEquals(List.of("HEADING #", "TABLE_NAME 申请处理", "COLUMN_NAME 自然人", "ROW_LABEL 本年新收", "NUMBER 1"),
                given("# \n[申请处理 自然人\n本年新收 1\n").shown());
    }
}
