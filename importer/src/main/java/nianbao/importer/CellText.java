package nianbao.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;
import nianbao.core.model.CellValue;

/**
 * What a published table cell holds: a number (kept exactly as printed, only folded to
 * half-width and without thousands separators), a blank, or text that is not a number.
 */
record CellText(Kind kind, String value) {

    enum Kind { NUMBER, BLANK, GARBLED }

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    /**
     * What reports print in a cell they leave empty: dashes or slashes, or a word core reads as a
     * blank cell ({@link CellValue#BLANK_WORDS}).
     */
    private static final Pattern BLANK = Pattern.compile("|[-－—–―/／\\\\]+|"
            + String.join("|", CellValue.BLANK_WORDS.stream().map(Pattern::quote).sorted().toList()));

    static CellText of(String text, String unit) {
        String folded = Normalizer.normalize(Labels.oneLine(text), Normalizer.Form.NFKC);
        if (BLANK.matcher(folded).matches()) {
            return new CellText(Kind.BLANK, "-");
        }
        if (GROUPED.matcher(folded).matches()) {
            folded = folded.replace(",", "");
        }
        if (!unit.isEmpty() && folded.endsWith(unit) && folded.length() > unit.length()) {
            String bare = folded.substring(0, folded.length() - unit.length());
            if (NUMBER.matcher(bare).matches()) {
                return new CellText(Kind.NUMBER, bare);
            }
        }
        if (NUMBER.matcher(folded).matches()) {
            return new CellText(Kind.NUMBER, folded);
        }
        return new CellText(Kind.GARBLED, Labels.oneLine(text));
    }

    /** True for a cell that reads as a value (a number or a blank) rather than a label. */
    static boolean isValue(String text) {
        return of(text, "").kind() != Kind.GARBLED;
    }

    static boolean isNumber(String text) {
        return of(text, "").kind() == Kind.NUMBER;
    }
}
