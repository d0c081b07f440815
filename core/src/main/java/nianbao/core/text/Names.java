package nianbao.core.text;

import org.jspecify.annotations.Nullable;


/**
 * How names written by a clerk are compared with the names a template declares.
 *
 * <p>Two spellings are the same name when they agree after {@link #normalize}: full-width
 * characters folded to half-width (an input method types （ and １), quotes and white space
 * removed, and the official ordinal prefix ({@code 一、}, {@code （二）}, {@code 1.}) dropped.
 */
public final class Names {

    /**
     * Characters a name is compared without: white space and quotation marks. (The names are
     * folded by hand, not by regular expressions: they are folded thousands of times while a
     * template is read, in the first milliseconds of a command-line run.)
     */
    private static final String IGNORED = " \t\n\u000B\f\r\"'“”‘’「」『』〝〞\u3000\u00A0\uFEFF";
    /** Chinese numerals of an ordinal prefix. */
    private static final String NUMERALS = "一二三四五六七八九十百";

    private Names() {
    }

    /** The canonical form of a name: the key under which it is looked up. */
    public static String normalize(String name) {
        String folded = fold(name);
        return folded.substring(afterYear(folded, ordinalEnd(folded)));
    }

    /**
     * Past a year that opens a name after its ordinal ({@code 一、2023年政府信息公开工作总体情况},
     * as real headings are written): where the name proper starts. A year with nothing after it
     * ({@code 2023年度}) is the name.
     */
    static int afterYear(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 4 && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        if (i - from != 4 || i >= s.length() || s.charAt(i) != '年') {
            return from;
        }
        i++;
        if (i < s.length() && s.charAt(i) == '度') {
            i++;
        }
        return i < s.length() ? i : from;
    }

    /**
     * The canonical form of every character of a text (compatibility forms folded, white space and
     * quotes dropped), without removing an ordinal. The canonical form of a name written anywhere
     * in a text is a part of the text's folded form.
     */
    public static String fold(String text) {
        String s = Nfkc.normalize(text);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // 、 and ， are the same pause in a name: real tables print either (逾期不补正、/，行政机关…)
            char mapped = c == '【' || c == '〔' ? '[' : c == '】' || c == '〕' ? ']' : c == '、' ? ',' : c;
            boolean dropped = IGNORED.indexOf(c) >= 0;
            if (out == null && (dropped || mapped != c)) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !dropped) {
                out.append(mapped);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The canonical form of a name without a trailing explanation in brackets, or null if it has none. */
    public static @Nullable String withoutExplanation(String name) {
        String n = normalize(name);
        String shorter = withoutTrailingParenthesis(n);
        return shorter.isEmpty() || shorter.equals(n) ? null : shorter;
    }

    /**
     * A name without the bracketed explanation that ends it: {@code x(y)} → {@code x}; unchanged
     * when it ends otherwise or the brackets nest. (As the pattern {@code \([^()]*\)$} would: a
     * final line separator may follow the bracket.)
     */
    static String withoutTrailingParenthesis(String n) {
        int end = n.length();
        if (n.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(n.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < 2 || n.charAt(end - 1) != ')') {
            return n;
        }
        int open = n.lastIndexOf('(', end - 2);
        if (open < 0 || n.lastIndexOf(')', end - 2) > open) {
            return n;
        }
        return n.substring(0, open) + n.substring(end);
    }

    /** The ordinal prefix of a label as written ({@code （一）}, {@code 1.}), or "" if none. */
    public static String ordinalPrefix(String label) {
        String folded = Nfkc.normalize(label);
        int end = ordinalEnd(folded);
        if (end == 0) {
            return "";
        }
        // Folding can change lengths only for characters outside the prefix's alphabet, so the
        // prefix length in the folded text is its length in the original.
        return label.substring(0, Math.min(label.length(), end)).strip();
    }

    /**
     * Where the ordinal prefix of an NFKC-folded text ends (0: none). An ordinal is 一、 or 一.
     * or 一, (Chinese numerals), (一), 1、 1. 1, 1) (Arabic numerals) or (1); a prefix is a run of
     * them, each followed by any white space.
     */
    static int ordinalEnd(String s) {
        int end = 0;
        while (true) {
            int next = oneOrdinal(s, end);
            if (next < 0) {
                return end;
            }
            while (next < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(next)) >= 0) {
                next++;
            }
            end = next;
        }
    }

    /** The end of one ordinal at {@code i}, or -1 if none starts there. */
    private static int oneOrdinal(String s, int i) {
        boolean open = i < s.length() && s.charAt(i) == '(';
        int start = open ? i + 1 : i;
        int j = start;
        boolean chinese = j < s.length() && NUMERALS.indexOf(s.charAt(j)) >= 0;
        while (j < s.length() && (chinese ? NUMERALS.indexOf(s.charAt(j)) >= 0 : isAsciiDigit(s.charAt(j)))) {
            j++;
        }
        if (j == start || j >= s.length()) {
            return -1;
        }
        char after = s.charAt(j);
        if (open) {
            return after == ')' ? j + 1 : -1;
        }
        return after == '、' || after == '.' || after == ',' || (!chinese && after == ')') ? j + 1 : -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
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
