package nianbao.syntax;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The text of one document and the one place where offsets are converted.
 *
 * <p>ANTLR counts code points; the Language Server Protocol counts UTF-16 code units. A line
 * holding a character outside the Basic Multilingual Plane (such as 𠀾 in a place name) makes
 * the two differ, so every range is computed here and nowhere else.
 */
public final class SourceText {

    private final String text;
    /** UTF-16 offset of the first character of each line. */
    private final int[] lineStarts;
    /** UTF-16 offset of each code point, or null when the text has no surrogate pairs. */
    private final int @Nullable [] codePointToUtf16;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        int n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                surrogates = true;
            }
        }
        lineStarts = Arrays.copyOf(starts, lines);
        if (surrogates) {
            int[] map = new int[text.codePointCount(0, n) + 1];
            int cp = 0;
            for (int i = 0; i < n; i = text.offsetByCodePoints(i, 1)) {
                map[cp++] = i;
            }
            map[cp] = n;
            codePointToUtf16 = map;
        } else {
            codePointToUtf16 = null;
        }
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The UTF-16 offset of a code point index, as ANTLR reports token positions. */
    public int utf16Offset(int codePointIndex) {
        // ANTLR gives a token it conjured in error recovery (a missing "]") the index -1
        int index = Math.max(0, codePointIndex);
        if (codePointToUtf16 == null) {
            return Math.min(index, text.length());
        }
        return codePointToUtf16[Math.min(index, codePointToUtf16.length - 1)];
    }

    /** The position of a UTF-16 offset. */
    public Position position(int utf16Offset) {
        int offset = Math.max(0, Math.min(utf16Offset, text.length()));
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new Position(lo, offset - lineStarts[lo]);
    }

    /** The UTF-16 offset of a position; positions past a line's end are clamped to that end. */
    public int offset(Position p) {
        if (p.line() < 0) {
            return 0;
        }
        if (p.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[p.line()];
        return Math.min(start + Math.max(0, p.character()), lineEnd(p.line()));
    }

    /** The UTF-16 offset just past the last character of a line, before its line break. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** The text of a line without its line break. */
    public String line(int line) {
        return text.substring(lineStarts[line], lineEnd(line));
    }

    public Range range(int startUtf16, int endUtf16) {
        return new Range(position(startUtf16), position(endUtf16));
    }

    /** The range of code points [start, stopInclusive] as ANTLR's tokens give them. */
    public Range rangeOfCodePoints(int start, int stopInclusive) {
        return range(utf16Offset(start), utf16Offset(stopInclusive + 1));
    }

    public String slice(Range r) {
        return text.substring(offset(r.start()), offset(r.end()));
    }
}
