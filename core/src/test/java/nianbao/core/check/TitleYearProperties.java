package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The years header.title-year finds in a title, written out for start-up (TitleYearCheck.nextYear),
 * are the ones the regular expression it replaces finds.
 */
class TitleYearProperties {

    /** The definition: the reference the written-out scan must agree with. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])[0-9０-９]{4}(?=\\s*年)");

    private static List<Integer> byPattern(String title) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = YEAR.matcher(title);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }

    private static List<Integer> byScan(String title) {
        List<Integer> starts = new ArrayList<>();
        for (int at = TitleYearCheck.nextYear(title, 0); at >= 0; at = TitleYearCheck.nextYear(title, at + 4)) {
            starts.add(at);
        }
        return starts;
    }

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> piece = Arbitraries.of("2", "0", "1", "9", "２", "０", "１", "2021", "２０２１", "年", "度", " ", "\t",
                "\n", "\u000B", "\f", "\r", "\u3000", "\u00A0", "政府信息公开", "工作", "报告", "（", "）", "-", "x", "¹");
        return piece.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property
    void theScanFindsWhatThePatternFinds(@ForAll("titles") String title) {
        assertEquals(byPattern(title), byScan(title), title);
    }

    @Example
    void yearsAsTitlesWriteThem() {
        assertEquals(List.of(0), byScan("2021年政府信息公开工作年度报告"));
        assertEquals(List.of(3, 10), byScan("关于 2020 年和２０２１\t年的报告"));
        assertEquals(List.of(), byScan("12021年"));
        assertEquals(List.of(), byScan("2021 度年"));
        assertEquals(List.of(), byScan("x2021\u3000年"), "U+3000 is not \\s");
    }
}
