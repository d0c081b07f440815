package nianbao.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wording that templates declare for finding figures in prose, such as
 * {@code 受理…申请{数}件} or {@code 统计期限为{年}年1月1日至{年}年12月31日}.
 *
 * <p>The pattern language is deliberately small, so that a shared template can never make the
 * checker slow: literal text; {@code …} for a short gap (at most 12 characters, not crossing
 * punctuation or digits); {@code {数}} for a number (Arabic or Chinese numerals); {@code {年}}
 * for a four-digit year. It compiles to a regular expression with bounded repetition only.
 *
 * <p>Bounded repetition alone is not enough: a wording of many gaps ({@code …申…申…申…}) against
 * a long line backtracks through every way of sharing the line among the gaps. So a run of
 * {@code …} is one gap, a gap never crosses the literal character that follows it (each gap has
 * at most one way to end, and matching stays linear in the line), and a template may write at
 * most {@link #MAX_GAPS} gaps in a wording.
 */
public final class Phrase {

    private static final int GAP = 12;

    /** The most gaps a wording may have; the template reader refuses more. */
    public static final int MAX_GAPS = 4;

    private final String source;
    /** The regular expression, compiled when a text first gets past the anchor test. */
    private final String regex;
    private volatile Pattern pattern;
    private final List<String> slots;
    /** The longest literal run of the wording: no text without it can match (empty: none). */
    private final String anchor;

    private Phrase(String source, String regex, List<String> slots, String anchor) {
        this.source = source;
        this.regex = regex;
        this.slots = slots;
        this.anchor = anchor;
    }

    /** A figure found in text: what slot it fills, its text and where it stands. */
    public record Figure(String slot, String text, int start, int end) {
    }

    /** One match of the phrase: its span and its figures. */
    public record Match(int start, int end, List<Figure> figures) {
    }

    /** Compiles a wording; null if it has no slot (a wording must find a figure). */
    public static Phrase compile(String wording) {
        StringBuilder re = new StringBuilder();
        List<String> slots = new ArrayList<>();
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
                re.append("([0-9０-９]{1,16}(?:\\.[0-9]{1,6})?|[").append(ChineseNumber.CHINESE_CHARS).append("]{1,8})");
                slots.add("数");
                i += 3;
            } else if (wording.startsWith("{年}", i)) {
                re.append("([0-9０-９]{1,8})");
                slots.add("年");
                i += 3;
            } else if (wording.charAt(i) == '…') {
                while (i < wording.length() && wording.charAt(i) == '…') {
                    i++;
                }
                String next = i < wording.length() && wording.charAt(i) != '{'
                        ? quoteInClass(wording.codePointAt(i)) : "";
                re.append("[^。；;，,、！!？?0-9０-９\\n").append(next).append("]{0,").append(GAP).append("}?");
            } else {
                re.append(Pattern.quote(String.valueOf(wording.charAt(i))));
                literal.append(wording.charAt(i));
                i++;
            }
        }
        anchor = literal.length() > anchor.length() ? literal.toString() : anchor;
        if (slots.isEmpty()) {
            return null;
        }
        return new Phrase(wording, re.toString(), List.copyOf(slots), anchor);
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

    public List<Match> find(String text) {
        if (!text.contains(anchor)) {
            return List.of(); // cheaper than running the pattern over a text that cannot match
        }
        Pattern p = pattern;
        if (p == null) {
            p = Pattern.compile(regex);
            pattern = p;
        }
        List<Match> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            List<Figure> figures = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                figures.add(new Figure(slots.get(g - 1), m.group(g), m.start(g), m.end(g)));
            }
            out.add(new Match(m.start(), m.end(), figures));
        }
        return out;
    }
}
