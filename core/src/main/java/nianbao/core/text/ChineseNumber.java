package nianbao.core.text;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Numbers as prose writes them: Arabic (7, 12, 1.5, full-width １２) or Chinese (七, 十二, 一百零五, 两). */
public final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The characters a Chinese numeral is made of, for patterns. */
    public static final String CHINESE_CHARS = "零〇一二两三四五六七八九十百千万";

    /** The value of a numeral, or null if it is not one. */
    public static @Nullable BigDecimal parse(String text) {
        String s = Nfkc.normalize(text.strip());
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(s);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit == 10000) {
                total = (total + section + Math.max(digit, 0)) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }

    /** A whole number written in Chinese numerals (for fixes that keep the prose's style). */
    public static String toChinese(long n) {
        if (n == 0) {
            return "零";
        }
        if (n < 0 || n >= 100000) {
            return Long.toString(n);
        }
        String[] units = {"", "十", "百", "千", "万"};
        StringBuilder sb = new StringBuilder();
        String s = Long.toString(n);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero && sb.length() > 0) {
                sb.append('零');
            }
            zero = false;
            if (!(d == 1 && unit == 1 && sb.length() == 0)) {
                sb.append(DIGITS.charAt(d));
            }
            sb.append(units[unit]);
        }
        return sb.toString();
    }
}
