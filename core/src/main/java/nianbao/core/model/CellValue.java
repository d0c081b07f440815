package nianbao.core.model;

import java.math.BigDecimal;
import nianbao.core.text.Nfkc;
import org.jspecify.annotations.Nullable;

/**
 * What a cell holds, read from its text: a number, a blank (written {@code -} or {@code ——}, or nothing between
 * two bars, meaning "not filled", taken as 0 by the rules), or something that is not a number.
 *
 * @param fullWidth true when the clerk typed full-width digits (１２), accepted and flagged
 */
public record CellValue(Kind kind, @Nullable BigDecimal number, boolean fullWidth) {

    public enum Kind { NUMBER, BLANK, INVALID }

    /** One character that marks a blank cell: dashes, and the slash real reports print in empty cells. */
    private static final String BLANKS = "-－—–/／";
    /** The dashes of {@link #BLANKS}, which may also be doubled ({@code ——}). */
    private static final String DASHES = "-－—–";
    /**
     * Words that mark a blank cell (a clerk writes 无 or 空 where the printed table is empty; a
     * published page prints them too, and the importer reads them with this same list).
     */
    public static final java.util.Set<String> BLANK_WORDS = java.util.Set.of("无", "空");

    public static final CellValue BLANK = new CellValue(Kind.BLANK, null, false);

    /**
     * The longest number read as a value. Reading a decimal into binary takes time quadratic in
     * its length (a million digits took 20 s); anything longer than this is far beyond any count
     * (see value.too-large) and is refused as not a number instead.
     */
    public static final int MAX_LENGTH = 40;

    /**
     * The value of a cell's text. An empty text is a cell left empty between the bars of a pasted
     * grid ({@code | 1 | | 3 |}): a blank, as {@code -} is.
     */
    public static CellValue parse(String text) {
        if (text.isEmpty() || (text.length() == 1 && BLANKS.indexOf(text.charAt(0)) >= 0) || BLANK_WORDS.contains(text)
                || isDashRun(text)) {
            return BLANK;
        }
        String folded = Nfkc.normalize(text);
        boolean fullWidth = !folded.equals(text);
        if (folded.length() <= MAX_LENGTH && isDecimal(folded)) {
            return new CellValue(Kind.NUMBER, new BigDecimal(folded), fullWidth);
        }
        if (folded.length() <= MAX_LENGTH && isGrouped(folded)) {
            // 1,234 and 4,068.208: as published; the groups of three leave no other reading
            return new CellValue(Kind.NUMBER, new BigDecimal(folded.replace(",", "")), fullWidth);
        }
        return new CellValue(Kind.INVALID, null, fullWidth);
    }

    /**
     * Whether a text is a short run of one dash ({@code ——}, the dash a Chinese input method
     * types, or {@code --}): a blank, as one dash is. Two to four of the same character.
     */
    private static boolean isDashRun(String text) {
        if (text.length() < 2 || text.length() > 4 || DASHES.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) != text.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text is a decimal number as a cell may hold one: an optional sign, digits, and an
     * optional fraction ({@code [+-]?[0-9]+(\.[0-9]+)?}, written out: every cell of a report goes
     * through here in the first milliseconds of a command-line run).
     */
    static boolean isDecimal(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        int digits = digits(s, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i == s.length()) {
            return true;
        }
        int fraction = s.charAt(i) == '.' ? digits(s, i + 1) : 0;
        return fraction > 0 && i + 1 + fraction == s.length();
    }

    /**
     * Whether a text is a number written with thousands separators, and only so: a first group of
     * one to three digits not starting with 0, then groups of exactly three after each comma, and
     * an optional fraction ({@code [1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?}). {@code 1,2} or
     * {@code 0,100} are no such number.
     */
    static boolean isGrouped(String s) {
        int first = digits(s, 0);
        if (first < 1 || first > 3 || s.charAt(0) == '0') {
            return false;
        }
        int i = first;
        int groups = 0;
        while (i < s.length() && s.charAt(i) == ',') {
            if (digits(s, i + 1) != 3) {
                return false;
            }
            i += 4;
            groups++;
        }
        if (groups == 0) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        int fraction = s.charAt(i) == '.' ? digits(s, i + 1) : 0;
        return fraction > 0 && i + 1 + fraction == s.length();
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** The value rules compute with: the number, 0 for a blank, null if not a number. */
    public @Nullable BigDecimal forRules() {
        return switch (kind) {
            case NUMBER -> number;
            case BLANK -> BigDecimal.ZERO;
            case INVALID -> null;
        };
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
