package nianbao.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How names written by a clerk are compared with the names a template declares.
 *
 * <p>Two spellings are the same name when they agree after {@link #normalize}: full-width
 * characters folded to half-width (an input method types （ and １), quotes and white space
 * removed, and the official ordinal prefix ({@code 一、}, {@code （二）}, {@code 1.}) dropped.
 */
public final class Names {

    /** Ordinal prefixes, after NFKC folding: 一、 (一) 1. 1、 (1) 第一 and runs of them. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:(?:[一二三四五六七八九十百]+[、.,]|\\([一二三四五六七八九十百]+\\)|[0-9]+[、.,)]|\\([0-9]+\\))\\s*)+");
    private static final Pattern IGNORED = Pattern.compile("[\\s\"'“”‘’「」『』〝〞\u3000\u00A0\uFEFF]");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\([^()]*\\)$");

    private Names() {
    }

    /** The canonical form of a name: the key under which it is looked up. */
    public static String normalize(String name) {
        return ORDINAL.matcher(fold(name)).replaceFirst("");
    }

    /**
     * The canonical form of every character of a text (compatibility forms folded, white space and
     * quotes dropped), without removing an ordinal. The canonical form of a name written anywhere
     * in a text is a part of the text's folded form.
     */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('【', '[').replace('】', ']').replace('〔', '[').replace('〕', ']');
        return IGNORED.matcher(s).replaceAll("");
    }

    /** The canonical form of a name without a trailing explanation in brackets, or null if it has none. */
    public static String withoutExplanation(String name) {
        String n = normalize(name);
        String shorter = TRAILING_PAREN.matcher(n).replaceFirst("");
        return shorter.isEmpty() || shorter.equals(n) ? null : shorter;
    }

    /** The ordinal prefix of a label as written ({@code （一）}, {@code 1.}), or "" if none. */
    public static String ordinalPrefix(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKC);
        var m = ORDINAL.matcher(folded);
        if (!m.find() || m.end() == 0) {
            return "";
        }
        // Folding can change lengths only for characters outside the prefix's alphabet, so the
        // prefix length in the folded text is its length in the original.
        return label.substring(0, Math.min(label.length(), m.end())).strip();
    }

    /** Levenshtein distance, for did-you-mean suggestions on short names. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
