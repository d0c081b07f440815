package nianbao.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final String ORDINAL = "(?:[0-9０-９]+[.．、,，)）]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9０-９]+[）)])";
    /** A word that is an ordinal and nothing else: {@code 1.}, {@code （三）}, {@code 一、}. */
    private static final Pattern ORDINAL_ONLY = Pattern.compile(ORDINAL + "+");
    /** A word that starts with an ordinal followed by a name, not by a digit: {@code 1.属于国家秘密}, not {@code 1.5}. */
    private static final Pattern ORDINAL_THEN_NAME = Pattern.compile(ORDINAL + "+[^0-9０-９.．\\-－—–/／]");
    /** A ruler line of a pasted grid: bars, dashes, colons. */
    private static final Pattern RULER = Pattern.compile("[|｜:：\\-－—–+＋]*[|｜][|｜:：\\-－—–+＋]*");

    private RowWords() {
    }

    /** Whether the words of a line in a table are the ruler line of a pasted grid ({@code |---|---|}). */
    static boolean isRuler(List<Word> words) {
        StringBuilder all = new StringBuilder();
        words.forEach(w -> all.append(w.text()));
        return !all.isEmpty() && RULER.matcher(all).matches();
    }

    /** The words with every bar taken as a separator: {@code |}, {@code |0|}, {@code 0|} give their cells. */
    static List<Word> withoutBars(List<Word> words, SourceText source) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            String s = w.text();
            if (s.chars().noneMatch(c -> BARS.indexOf(c) >= 0)) {
                out.add(w);
                continue;
            }
            int base = source.offset(w.range().start());
            int i = 0;
            while (i < s.length()) {
                if (BARS.indexOf(s.charAt(i)) >= 0) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < s.length() && BARS.indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                out.add(new Word(s.substring(i, end), source.range(base + i, base + end)));
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
            boolean afterBareOrdinal = ORDINAL_ONLY.matcher(last).matches() && !looksLikeCell(next);
            boolean ordinalOfName = ORDINAL_THEN_NAME.matcher(next).lookingAt()
                    || (ORDINAL_ONLY.matcher(next).matches() && n + 1 < words.size() && !looksLikeCell(words.get(n + 1).text()));
            if (!afterBareOrdinal && !ordinalOfName) {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean looksLikeCell(String word) {
        char c = word.charAt(0);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "-－—–/／+".indexOf(c) >= 0;
    }

    /** One word spanning the given words and the spaces between them, as written. */
    static Word joined(List<Word> words, SourceText source) {
        if (words.size() == 1) {
            return words.get(0);
        }
        int start = source.offset(words.get(0).range().start());
        int end = source.offset(words.get(words.size() - 1).range().end());
        return new Word(source.text().substring(start, end), source.range(start, end));
    }
}
