package nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written tests of a cell's number and a prose line's numbering (a fast path for
 * start-up) agree with the patterns that define them.
 */
class LineShapeProperties {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[)）].*");
    private static final Pattern POINT = Pattern.compile("^[0-9０-９]+[、.．].*");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("0", "1", "42", "０", "９", "+", "-", ".", "．", "、", "（", "(", "）", ")",
                "一", "十", "二十", "百", "第", "项", "加强", "。", " ", "\n", "\r", "\u0085", "\u2028", "\u2029", "e", "-");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, piece),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().map(String::valueOf)))
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }

    /** Texts shaped like numbered lines, with each part sometimes missing or wrong. */
    @Provide
    Arbitrary<String> numbered() {
        Arbitrary<String> open = Arbitraries.of("", "（", "(", "[");
        Arbitrary<String> number = Arbitraries.of("", "一", "十二", "1", "１２", "0");
        Arbitrary<String> close = Arbitraries.of("", "）", ")", "、", ".", "．", ",");
        return net.jqwik.api.Combinators.combine(open, number, close, texts()).as((a, b, c, d) -> a + b + c + d);
    }

    @Property
    void aNumberedLineIsThePatternsNumberedLine(@ForAll("numbered") String text) {
        aLinesNumberingIsThePatternsNumbering(text);
        aCellsNumberIsThePatternsNumber(text);
    }

    @Property
    void aCellsNumberIsThePatternsNumber(@ForAll("texts") String text) {
        assertEquals(NUMBER.matcher(text).matches(), CellValue.isDecimal(text), text);
    }

    @Property
    void aLinesNumberingIsThePatternsNumbering(@ForAll("texts") String text) {
        assertEquals(SUBHEADING.matcher(text).matches(), ReportBinder.isSubheading(text), text);
        assertEquals(POINT.matcher(text).matches(), ReportBinder.isPoint(text), text);
    }
}
