package nianbao.core.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinals inside normalized names: 第二十条, 第（九）项, （3）, 二、, 4. — the numbers by which
 * official texts count their items.
 *
 * <p>Two names with the same {@link #shape} differ only in their numbers. When the written
 * numbers are well formed, a clerk who typed such a name meant another item, not made a typo, so
 * did-you-mean must not offer the neighbour with the other number.
 */
public final class Ordinals {

    private static final String NUMERAL = "(?:[0-9]+|[" + ChineseNumber.CHINESE_CHARS + "]+)";
    /** 第N followed by a counter of legal texts, (N), or N、/N. that does not continue a number. */
    private static final Pattern ORDINAL = Pattern.compile(
            "(?<=第)" + NUMERAL + "(?=[条款项章节目编篇部])"
                    + "|(?<=\\()" + NUMERAL + "(?=\\))"
                    + "|(?<![0-9" + ChineseNumber.CHINESE_CHARS + "])" + NUMERAL + "(?=[、,]|\\.(?![0-9]))");
    private static final String PLACEHOLDER = "#";

    private Ordinals() {
    }

    /** A normalized name with each ordinal number replaced by one placeholder. */
    public static String shape(String key) {
        return ORDINAL.matcher(key).replaceAll(PLACEHOLDER);
    }

    /** True when a name holds ordinals and each is a number as one would write it (九, 十二, 3; not 九九, 03). */
    public static boolean wellFormed(String key) {
        List<String> numbers = numbers(key);
        return !numbers.isEmpty() && numbers.stream().allMatch(Ordinals::wellFormedNumber);
    }

    private static List<String> numbers(String key) {
        List<String> out = new ArrayList<>();
        Matcher m = ORDINAL.matcher(key);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean wellFormedNumber(String n) {
        if (n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return n.charAt(0) != '0';
        }
        BigDecimal value = ChineseNumber.parse(n);
        if (value == null || value.signum() <= 0) {
            return false;
        }
        String canonical = ChineseNumber.toChinese(value.longValueExact());
        // 一十二 is an accepted long form of 十二.
        return n.equals(canonical) || (canonical.startsWith("十") && n.equals("一" + canonical));
    }
}
