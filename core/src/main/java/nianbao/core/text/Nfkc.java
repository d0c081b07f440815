package nianbao.core.text;

import java.text.Normalizer;

/**
 * Unicode NFKC normalisation with a fast path for the text reports are made of.
 *
 * <p>Report text is almost all ASCII, CJK ideographs, CJK punctuation and full-width forms.
 * NFKC leaves ASCII, the ideographs and that punctuation as they are, and maps each full-width
 * form U+FF01–U+FF5E to the ASCII character 0xFEE0 below it and the ideographic space to a space;
 * none of these characters combines with a neighbour, so such a text is normalised character by
 * character. Anything else goes to {@link Normalizer}, whose first use costs a short command-line
 * run several milliseconds (it loads the Unicode tables), and whose every call is slow in a JVM
 * that has not compiled it yet. The result is always exactly {@code Normalizer}'s.
 */
public final class Nfkc {

    private Nfkc() {
    }

    public static String normalize(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped;
            if (c >= 0xFF01 && c <= 0xFF5E) {
                mapped = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                mapped = ' ';
            } else if (unchanged(c)) {
                continue;
            } else {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (out == null) {
                out = text.toCharArray();
            }
            out[i] = mapped;
        }
        return out == null ? text : new String(out);
    }

    /** Characters that NFKC keeps and that never combine with a neighbour. */
    static boolean unchanged(char c) {
        return (c >= 0x20 && c <= 0x7E)                // ASCII printable
                || c == '\n' || c == '\r' || c == '\t'
                || (c >= 0x4E00 && c <= 0x9FFF)         // CJK unified ideographs
                || (c >= 0x3400 && c <= 0x4DBF)         // extension A
                || (c >= 0x3001 && c <= 0x3003)         // 、。〃
                || (c >= 0x3005 && c <= 0x3007)         // 々〆〇
                || (c >= 0x3008 && c <= 0x3011)         // 〈〉《》「」『』【】
                || (c >= 0x3014 && c <= 0x301F)         // 〔〕〖〗〘〙〚〛〜〝〞〟
                || c == 0x2014 || c == 0x2015           // — ―
                || (c >= 0x2018 && c <= 0x201D)         // ‘ ’ ‚ ‛ “ ”
                || c == 0x00B7 || c == 0x00D7 || c == 0x00F7; // · × ÷
    }
}
