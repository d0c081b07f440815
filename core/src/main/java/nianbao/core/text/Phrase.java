package nianbao.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A wording that templates declare for finding figures in prose, such as
 * {@code 受理…申请{数}件} or {@code 统计期限为{年}年1月1日至{年}年12月31日}.
 *
 * <p>The pattern language is deliberately small, so that a shared template can never make the
 * checker slow: literal text; {@code …} for a short gap (at most 12 characters, not crossing
 * punctuation, digits or the conjunctions 和 及 与 或, after which a figure would count more than
 * one thing: 制发和废止规范性文件5件, and a wording never starts right after one); {@code {数}} for a number (Arabic or Chinese numerals); {@code {年}}
 * for a four-digit year. A match that ends in 以上, 以下, 左右 or 之多 gives a bound or an estimate,
 * not a figure, and is not a match. It compiles to a regular expression with bounded repetition only.
 *
 * <p>Bounded repetition alone is not enough: a wording of many gaps ({@code …申…申…申…}) against
 * a long line backtracks through every way of sharing the line among the gaps. So a run of
 * {@code …} is one gap, a gap never crosses the literal character that follows it (each gap has
 * at most one way to end, and matching stays linear in the line), and a template may write at
 * most {@link #MAX_GAPS} gaps in a wording.
 */
public final class Phrase {

    private static final int GAP = 12;

    /** Conjunctions: no gap crosses one, and no wording starts right after one. */
    private static final String CONJUNCTIONS = "和及与或";

    /** The slot name of a gap's capturing group; gaps are not figures. */
    private static final String GAP_SLOT = "…";

    /** The most gaps a wording may have; the template reader refuses more. */
    public static final int MAX_GAPS = 4;

    private final String source;
    /**
     * The regular expression, written and compiled when a text first gets past the anchor test (a
     * template declares dozens of wordings, and a short run reads them all: BENCHMARKS.md).
     */
    private volatile @Nullable Pattern pattern;
    /** The wording's slots and anchor, read on first use, as the expression is. */
    private volatile @Nullable Reading reading;
    /** A figure's wording, not a statement's (see {@link #statement}). */
    private final boolean figure;

    private Phrase(String source, boolean figure) {
        this.source = source;
        this.figure = figure;
    }

    /**
     * A wording's slots (one per capturing group of the expression) and its anchor (the longest
     * literal run of the wording: no text without it can match; empty: none).
     */
    private static final class Reading {
        final List<String> slots;
        final String anchor;

        Reading(List<String> slots, String anchor) {
            this.slots = slots;
            this.anchor = anchor;
        }
    }

    private Reading reading() {
        Reading r = reading;
        if (r == null) {
            List<String> slots = new ArrayList<>();
            String anchor = walk(source, slots, null);
            r = new Reading(List.copyOf(slots), anchor);
            reading = r;
        }
        return r;
    }

    /** A figure found in text: what slot it fills, its text and where it stands. */
    public record Figure(String slot, String text, int start, int end) {
    }

    /**
     * One match of the phrase: its span, its figures, and the text each {@code …} gap took (so
     * that a check can refuse a match whose gap narrows what the figure counts).
     */
    public record Match(int start, int end, List<Figure> figures, List<String> gaps) {
    }

    /** Compiles a wording; null if it has no slot (a wording must find a figure). */
    public static @Nullable Phrase compile(String wording) {
        // {数}, {年} and … are the slots, wherever they stand (walk reads every one); the rest of
        // the reading waits for the first text to match
        if (!wording.contains("{数}") && !wording.contains("{年}") && wording.indexOf('…') < 0) {
            return null;
        }
        return new Phrase(wording, true);
    }

    /**
     * Compiles a wording that a report must contain (a local requirement, {@code 应写明}): the same
     * language, but a slot is not needed ("设立政务公开专区" is a statement too), and a figure given
     * as a bound or an estimate ("主动公开信息2000条以上") states the figure as well as an exact
     * one does. Null if the wording has no literal text (it would be met by any prose).
     */
    public static @Nullable Phrase statement(String wording) {
        Phrase p = new Phrase(wording, false);
        return p.reading().anchor.isEmpty() ? null : p;
    }

    /** The regular expression of a wording. */
    private static String regex(String wording, boolean figure) {
        StringBuilder re = new StringBuilder();
        walk(wording, new ArrayList<>(), re);
        if (figure) {
            // and a figure given as a bound or an estimate (20件以上, 20件左右) states no cell
            re.append("(?!以上|以下|左右|之多)");
        }
        return re.toString();
    }

    /**
     * Reads a wording: adds its slots (one per capturing group) and, when {@code re} is not null,
     * appends its regular expression (without the final look-ahead); returns its anchor.
     */
    private static String walk(String wording, List<String> slots, @Nullable StringBuilder re) {
        StringBuilder literal = new StringBuilder();
        String anchor = "";
        int i = 0;
        while (i < wording.length()) {
            boolean isLiteral = !wording.startsWith("{数}", i) && !wording.startsWith("{年}", i) && wording.charAt(i) != '…';
            if (!isLiteral) {
                anchor = literal.length() > anchor.length() ? literal.toString() : anchor;
                literal.setLength(0);
            }
            if (wording.startsWith("{数}", i)) {
                if (re != null) {
                    re.append("([0-9０-９]{1,16}(?:\\.[0-9]{1,6})?|[").append(ChineseNumber.CHINESE_CHARS).append("]{1,8})");
                }
                slots.add("数");
                i += 3;
            } else if (wording.startsWith("{年}", i)) {
                append(re, "([0-9０-９]{1,8})");
                slots.add("年");
                i += 3;
            } else if (wording.charAt(i) == '…') {
                while (i < wording.length() && wording.charAt(i) == '…') {
                    i++;
                }
                if (re != null) {
                    String next = i < wording.length() && wording.charAt(i) != '{'
                            ? quoteInClass(wording.codePointAt(i)) : "";
                    re.append("([^。；;，,、！!？?0-9０-９和及与或\\n").append(next).append("]{0,").append(GAP).append("}?)");
                }
                slots.add(GAP_SLOT);
            } else {
                append(re, Pattern.quote(String.valueOf(wording.charAt(i))));
                literal.append(wording.charAt(i));
                i++;
            }
        }
        return literal.length() > anchor.length() ? literal.toString() : anchor;
    }

    private static void append(@Nullable StringBuilder re, String part) {
        if (re != null) {
            re.append(part);
        }
    }

    /** How many gaps a wording has (a run of {@code …} is one). */
    public static int gaps(String wording) {
        int n = 0;
        for (int i = 0; i < wording.length(); i++) {
            if (wording.charAt(i) == '…' && (i == 0 || wording.charAt(i - 1) != '…')) {
                n++;
            }
        }
        return n;
    }

    /** A character as a member of a regular-expression class. */
    private static String quoteInClass(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }

    public String source() {
        return source;
    }

    /**
     * A text prepared for matching: the text without the spaces that do not count (text taken
     * from PDFs and OCR puts them around figures: "申请 17 件", "2023 年 1 月 1 日"; a space
     * between two digits keeps two numbers apart and stays), and where each of its characters
     * stands in the text as given. Prepare a line once and match every wording against it.
     */
    public static final class Text {

        private final String text;
        private final String compact;
        /** {@code at[i]}: where the i-th character of {@code compact} stands; null when nothing was dropped. */
        private final int @Nullable [] at;

        private Text(String text) {
            this.text = text;
            int first = firstDropped(text);
            if (first < 0) {
                compact = text;
                at = null;
                return;
            }
            int[] positions = new int[text.length() + 1];
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                if (i >= first && dropped(text, i)) {
                    continue;
                }
                positions[sb.length()] = i;
                sb.append(text.charAt(i));
            }
            positions[sb.length()] = text.length();
            compact = sb.toString();
            at = positions;
        }

        private int start(int compactIndex) {
            return at == null ? compactIndex : at[compactIndex];
        }

        /** The end in the text of a non-empty span ending at {@code compactEnd}. */
        private int end(int compactEnd) {
            return at == null ? compactEnd : at[compactEnd - 1] + 1;
        }

        private static int firstDropped(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (dropped(text, i)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean dropped(String text, int i) {
            char c = text.charAt(i);
            return (c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t')
                    && !(i > 0 && isDigit(text.charAt(i - 1)) && i + 1 < text.length() && isDigit(text.charAt(i + 1)));
        }
    }

    /** A text prepared for {@link #find(Text)}. */
    public static Text text(String text) {
        return new Text(text);
    }

    private Pattern pattern() {
        Pattern p = pattern;
        if (p == null) {
            p = Pattern.compile(regex(source, figure));
            pattern = p;
        }
        return p;
    }

    /** The matches in a text; positions are those of the text as given (see {@link Text}). */
    public List<Match> find(String text) {
        return find(new Text(text));
    }

    /** The matches in a prepared text; positions are those of the text as given. */
    public List<Match> find(Text t) {
        Reading r = reading();
        if (!t.compact.contains(r.anchor)) {
            return List.of(); // cheaper than running the pattern over a text that cannot match
        }
        List<Match> out = new ArrayList<>();
        Matcher m = pattern().matcher(t.compact);
        while (m.find()) {
            if (m.start() > 0 && CONJUNCTIONS.indexOf(t.compact.charAt(m.start() - 1)) >= 0) {
                continue; // 制发和废止规范性文件5件 is not 废止…5件 (tested here, not in the pattern, which
                          // would lose the regex engine's fast search for the wording's first characters)
            }
            List<Figure> figures = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                if (r.slots.get(g - 1).equals(GAP_SLOT)) {
                    gaps.add(m.group(g));
                } else {
                    int start = t.start(m.start(g));
                    int end = t.end(m.end(g));
                    figures.add(new Figure(r.slots.get(g - 1), t.text.substring(start, end), start, end));
                }
            }
            out.add(new Match(t.start(m.start()), t.end(m.end()), figures, gaps));
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
