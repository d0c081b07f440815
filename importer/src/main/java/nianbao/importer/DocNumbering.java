package nianbao.importer;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Word 97's automatic numbering in a .doc: like in a .docx, the ordinals Word draws (一、 （一） 1、)
 * are not in the text, so they are counted here, per list and level, and put back in front of
 * the paragraph. A level's number text holds the characters U+0000…U+0008 where the counters of
 * levels 1…9 go; the number format (MS-DOC {@code nfc}) says how each is written.
 */
final class DocNumbering {

    private static final String DIGITS = "一二三四五六七八九";
    /**
     * nfc values written with Chinese counting numerals (一 … 十 … 二十一): taiwaneseCounting,
     * taiwaneseCountingThousand (what LibreOffice writes for 一, 二, 三), chineseCounting,
     * chineseCountingThousand. Any other format is written in digits.
     */
    private static final int[] CHINESE = {33, 35, 37, 39};
    private static final int BULLET = 0x17;
    private static final int NONE = 0xFF;

    private final Map<Integer, int[]> counters = new HashMap<>();

    /** The ordinal Word draws in front of this paragraph, or "" when it draws none. */
    String ordinal(Paragraph p) {
        if (!p.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return ""; // a list reference the file does not resolve: the text stays as written
        }
        if (list == null) {
            return "";
        }
        int level = Math.max(0, Math.min(8, p.getIlvl()));
        char lvl = (char) level;
        int format = list.getNumberFormat(lvl);
        String text = list.getNumberText(lvl);
        if (text == null || format == BULLET || format == NONE) {
            return "";
        }
        int[] count = counters.computeIfAbsent(list.getLsid(), k -> new int[9]);
        count[level] = count[level] == 0 ? Math.max(1, list.getStartAt(lvl)) : count[level] + 1;
        for (int i = level + 1; i < count.length; i++) {
            count[i] = 0;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 8) {
                out.append(number(Math.max(1, count[c]), list.getNumberFormat(c)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String number(int n, int format) {
        for (int chinese : CHINESE) {
            if (format == chinese) {
                return chinese(n);
            }
        }
        return String.valueOf(n);
    }

    private static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        if (n >= 100) {
            return String.valueOf(n);
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
    }
}
