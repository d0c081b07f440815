package nianbao.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * How the words of a table line are read as a clerk pastes them (found in real reports written
 * by people outside the project, core/src/test/resources/outsider/):
 * <ul>
 * <li>a table copied as Markdown or from a text grid: {@code | 规章 | 0 | 0 | 0 |}; a bar
 * ({@code |} or {@code ｜}) separates cells as a space does, and a ruler line
 * ({@code |---|---|}) is no row;</li>
 * <li>a label whose ordinal is followed by a space, as Word and PDF copies give it
 * ({@code 1. 属于国家秘密}), or a sub-row written after its heading row
 * ({@code （三）不予公开 1.属于国家秘密}): the label runs on over those words.</li>
 * </ul>
 */
final class RowWords {

    private static final String BARS = "|｜";
    /** What ends an ordinal of digits ({@code 1.}) or of Chinese numerals ({@code 一、}). */
    private static final String AFTER_DIGITS = ".．、,，)）";
    private static final String AFTER_NUMERALS = "、.．";
    private static final String NUMERALS = "一二三四五六七八九十";
    /** What may not follow the ordinals of a label: a digit or what goes on a number ({@code 1.5}, {@code 1.-}). */
    private static final String NOT_A_NAME = "0123456789０１２３４５６７８９.．-－—–/／";
    /** The characters of a ruler line of a pasted grid: bars, dashes, colons. */
    private static final String RULER = "|｜:：-－—–+＋";

    // Ordinals are read by hand, not with regular expressions: this runs on every table row of
    // every check, and the first regular expression of a short-lived `nianbao check` costs
    // more than the parse itself (BENCHMARKS.md, cold phases).

    private RowWords() {
    }

    /**
     * Whether a line in a table is a note under it, as published tables have them: it starts with
     * {@code 注：}, {@code 注:}, {@code 备注：} or {@code 备注:} ({@code 注：本表数据截至12月31日}).
     */
    static boolean isNote(List<Word> words) {
        String s = words.isEmpty() ? "" : words.get(0).text();
        int i = s.startsWith("备注") ? 2 : s.startsWith("注") ? 1 : -1;
        return i > 0 && i < s.length() && (s.charAt(i) == '：' || s.charAt(i) == ':');
    }

    /** Whether the words of a line in a table are the ruler line of a pasted grid ({@code |---|---|}). */
    static boolean isRuler(List<Word> words) {
        boolean bar = false;
        for (Word w : words) {
            String s = w.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (RULER.indexOf(c) < 0) {
                    return false;
                }
                bar |= BARS.indexOf(c) >= 0;
            }
        }
        return bar;
    }

    /**
     * The words of a table head with every bar taken as a separator: {@code |}, {@code |0|},
     * {@code 0|} give their cells; an empty cell of the grid (a corner, the padding of a pasted
     * table) names no column and is dropped.
     */
    static List<Word> withoutBars(List<Word> words, SourceText source) {
        List<Word> out = cells(words, source);
        // a loop, not removeIf with a lambda: the first lambda of a run links method handles,
        // several milliseconds of a check's start-up (BENCHMARKS.md)
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).text().isEmpty()) {
                out.remove(i);
            }
        }
        return out;
    }

    /**
     * The words of a row with every bar taken as a separator, as {@link #withoutBars}, and each
     * cell left empty between two bars ({@code | 1 | | 3 |}) kept as an empty word: a blank cell,
     * as {@code -} is. Its range is the white space between the bars (empty for {@code ||}).
     * Empty cells before the label are dropped: a pasted grid leaves the first cell of a row
     * empty under a merged heading cell ({@code | | 2.其他法律行政法规禁止公开 | 0 |}). Empty cells
     * at the end may be a grid's padding; the model drops those beyond the table's columns.
     */
    static List<Word> rowCells(List<Word> words, SourceText source) {
        List<Word> out = cells(words, source);
        int first = 0;
        while (first < out.size() && out.get(first).text().isEmpty()) {
            first++;
        }
        return first == 0 ? out : new ArrayList<>(out.subList(first, out.size()));
    }

    /**
     * The column names of the header row of a pasted grid ({@code | 信息内容 | 本年制发件数 | 本年废止件数 |}):
     * its cells after the first, the corner above the row names (empty or not); empty cells name no column.
     */
    static List<Word> headerCells(List<Word> words, SourceText source) {
        List<Word> out = cells(words, source);
        List<Word> names = new ArrayList<>(out.size());
        for (int i = 1; i < out.size(); i++) {
            if (!out.get(i).text().isEmpty()) {
                names.add(out.get(i));
            }
        }
        return names;
    }

    /** The cells of a line: bars separate them as spaces do, and a cell empty between two bars is an empty word. */
    private static List<Word> cells(List<Word> words, SourceText source) {
        List<Word> out = new ArrayList<>(words.size());
        int afterBar = -1; // the offset just after the last bar, while no cell followed it; else -1
        for (Word w : words) {
            String s = w.text();
            int base = source.offset(w.range().start());
            if (!hasBar(s)) {
                out.add(w);
                afterBar = -1;
                continue;
            }
            int i = 0;
            while (i < s.length()) {
                if (BARS.indexOf(s.charAt(i)) >= 0) {
                    if (afterBar >= 0) {
                        out.add(new Word("", source.range(afterBar, base + i)));
                    }
                    afterBar = base + i + 1;
                    i++;
                    continue;
                }
                int end = i;
                while (end < s.length() && BARS.indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                out.add(new Word(s.substring(i, end), source.range(base + i, base + end)));
                afterBar = -1;
                i = end;
            }
        }
        return out;
    }

    /**
     * The number of leading words that make up the row's label: the first word, and the next ones
     * while the label so far is a bare ordinal ({@code 1.}) or the next word starts with an
     * ordinal followed by a name ({@code 1.属于国家秘密}, {@code 1. 属于国家秘密}). A number never joins the label.
     */
    static int labelLength(List<Word> words) {
        int n = 1;
        while (n < words.size()) {
            String last = words.get(n - 1).text();
            String next = words.get(n).text();
            boolean afterBareOrdinal = ordinalOnly(last) && !looksLikeCell(next);
            boolean ordinalOfName = ordinalThenName(next)
                    || (ordinalOnly(next) && n + 1 < words.size() && !looksLikeCell(words.get(n + 1).text()));
            if (!afterBareOrdinal && !ordinalOfName) {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean hasBar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (BARS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is ordinals and nothing else: {@code 1.}, {@code （三）}, {@code 一、}, {@code （一）1.}. */
    static boolean ordinalOnly(String word) {
        int i = 0;
        while (i < word.length()) {
            int end = ordinalEnd(word, i);
            if (end < 0) {
                return false;
            }
            i = end;
        }
        return i > 0;
    }

    /**
     * Whether a word starts with one or more ordinals followed by a name, not by a number:
     * {@code 1.属于国家秘密}, not {@code 1.5}. The name may start after any of the ordinals.
     */
    static boolean ordinalThenName(String word) {
        int i = ordinalEnd(word, 0);
        while (i > 0 && i < word.length()) {
            if (NOT_A_NAME.indexOf(word.charAt(i)) < 0) {
                return true;
            }
            i = ordinalEnd(word, i);
        }
        return false;
    }

    /**
     * The end of the ordinal that starts at {@code i} ({@code 12.} {@code 三、} {@code （3）}), or -1 when
     * none starts there.
     */
    private static int ordinalEnd(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return -1;
        }
        char c = s.charAt(i);
        if (isDigit(c) || NUMERALS.indexOf(c) >= 0) {
            boolean digits = isDigit(c);
            int j = i;
            while (j < n && (digits ? isDigit(s.charAt(j)) : NUMERALS.indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
            return j < n && (digits ? AFTER_DIGITS : AFTER_NUMERALS).indexOf(s.charAt(j)) >= 0 ? j + 1 : -1;
        }
        if (c == '（' || c == '(') {
            int j = i + 1;
            while (j < n && (isDigit(s.charAt(j)) || NUMERALS.indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
            return j > i + 1 && j < n && (s.charAt(j) == '）' || s.charAt(j) == ')') ? j + 1 : -1;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean looksLikeCell(String word) {
        if (word.isEmpty()) {
            return true; // a cell left empty between bars
        }
        char c = word.charAt(0);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "-－—–/／+".indexOf(c) >= 0;
    }

    /**
     * One word spanning the given words and the spaces between them, as written; when a bar
     * separates them ({@code | （三）不予公开 | 1.属于国家秘密 |}, a label in two cells of a
     * pasted grid), the words with a space between them.
     */
    static Word joined(List<Word> words, SourceText source) {
        if (words.size() == 1) {
            return words.get(0);
        }
        int start = source.offset(words.get(0).range().start());
        int end = source.offset(words.get(words.size() - 1).range().end());
        String written = source.text().substring(start, end);
        if (!hasBar(written)) {
            return new Word(written, source.range(start, end));
        }
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            text.append(text.length() == 0 ? "" : " ").append(w.text());
        }
        return new Word(text.toString(), source.range(start, end));
    }
}
