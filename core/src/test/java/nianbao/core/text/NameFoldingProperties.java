package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written folding of names (a fast path for start-up) agrees with the definitions it
 * replaces: {@link Normalizer}'s NFKC, and the regular expressions below.
 */
class NameFoldingProperties {

    /** The definitions, as regular expressions: the reference the fast code must agree with. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:(?:[一二三四五六七八九十百]+[、.,]|\\([一二三四五六七八九十百]+\\)|[0-9]+[、.,)]|\\([0-9]+\\))\\s*)+");
    /** A year after the ordinal (一、2023年政府信息公开工作总体情况), when something follows it. */
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}年度?+(?=[\\s\\S])");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern IGNORED = Pattern.compile("[\\s\"'“”‘’「」『』〝〞\u3000\u00A0\uFEFF]");

    private static String referenceFold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('【', '[').replace('】', ']').replace('〔', '[').replace('〕', ']').replace('、', ',');
        return IGNORED.matcher(s).replaceAll("");
    }

    private static String referenceNormalize(String name) {
        return YEAR.matcher(ORDINAL.matcher(referenceFold(name)).replaceFirst("")).replaceFirst("");
    }

    private static String referenceOrdinalPrefix(String label) {
        var m = ORDINAL.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC));
        if (!m.find() || m.end() == 0) {
            return "";
        }
        return label.substring(0, Math.min(label.length(), m.end())).strip();
    }

    /**
     * Text of names and reports: ordinals and their punctuation in both widths, white space and
     * quotes, ideographs, and characters that NFKC changes or composes (ligatures, circled
     * numbers, combining accents, Hangul jamo, compatibility ideographs, a supplementary one).
     */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.of("一", "二", "十", "百", "三十", "1", "12", "１", "２３", "、", ".", "．", ",", "，",
                "(", ")", "（", "）", " ", "\u3000", "\t", "\n", "\u000B", "\u00A0", "\uFEFF", "\"", "“", "”", "「", "』", "〝",
                "【", "】", "〔", "〕", "[", "]", "第", "条", "项", "申请", "本年新收", "自然人", "A", "ｚ", "…", "ﬁ", "①", "㈠",
                "e\u0301", "\u0301", "\u1100\u1161", "\uF900", "\u2F00", "𠀾", "·", "—", "～", "〜", "々", "\uFF61", "\uFFE5", "\u2028", "\u0085", "\r", "(说明)", "（说明）", "2023年", "２０２３年度", "年", "度");
        Arbitrary<String> anyChar = Arbitraries.chars().map(String::valueOf);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, piece),
                net.jqwik.api.Tuple.of(1, anyChar))
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property
    void nfkcIsNormalizersNfkc(@ForAll("names") String text) {
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), Nfkc.normalize(text));
    }

    @Property
    void foldingAndNormalisingAgreeWithTheirDefinitions(@ForAll("names") String name) {
        assertEquals(referenceFold(name), Names.fold(name));
        assertEquals(referenceNormalize(name), Names.normalize(name));
        assertEquals(referenceOrdinalPrefix(name), Names.ordinalPrefix(name));
        String n = Names.normalize(name);
        assertEquals(TRAILING_PAREN.matcher(n).replaceFirst(""), Names.withoutTrailingParenthesis(n), n);
        assertEquals(TRAILING_PAREN.matcher(name).replaceFirst(""), Names.withoutTrailingParenthesis(name), name);
    }
}
