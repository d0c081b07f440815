package nianbao.core.text;

/**
 * The length of prose as a clerk's word processor counts it (Word's 字数): every Chinese
 * character and every punctuation mark counts one; a run of half-width characters without a
 * space (a number such as {@code 2021} or {@code 1,234.5}, a Latin word such as {@code H5})
 * counts one, as Word counts a word; white space counts nothing. Local length limits
 * ({@code 字数上限}) are written in these units, so the count must be the one the clerk sees.
 */
public final class ProseLength {

    private ProseLength() {
    }

    /** How many characters {@code text} counts. */
    public static int of(String text) {
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int next = next(text, i);
            if (!blank(text.codePointAt(i))) {
                n++;
            }
            i = next;
        }
        return n;
    }

    /**
     * Where in {@code text} (a UTF-16 index) the counted character that comes after {@code before}
     * others begins, or -1 when the text counts {@code before} or fewer.
     */
    public static int startOf(String text, int before) {
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int next = next(text, i);
            if (!blank(text.codePointAt(i))) {
                if (n == before) {
                    return i;
                }
                n++;
            }
            i = next;
        }
        return -1;
    }

    /** The end of the unit that starts at {@code i}: a run of half-width characters, or one code point. */
    private static int next(String text, int i) {
        if (!halfWidth(text.charAt(i))) {
            return i + Character.charCount(text.codePointAt(i));
        }
        int j = i;
        while (j < text.length() && halfWidth(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean halfWidth(char c) {
        return c > ' ' && c < 0x7f;
    }

    private static boolean blank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
