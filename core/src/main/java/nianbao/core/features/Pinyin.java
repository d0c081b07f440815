package nianbao.core.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of names, so that a clerk can type {@code bnxs} or {@code bennianxinshou} for
 * 本年新收 without switching the input method.
 *
 * <p>Built on pinyin4j (com.belerweb:pinyin4j): it has no dependencies, covers every character of
 * the CJK Unified Ideographs block with all its readings, and its table has been stable for years,
 * which is what names in official tables need. Its table is read on the first call (the holder
 * below), and each name's spellings are cached, since the same few hundred names recur on every
 * completion request.
 *
 * <p>A character with several readings (行 xing/hang, 重 zhong/chong) yields several spellings;
 * the product is capped so that a long label cannot blow up.
 */
public final class Pinyin {

    /** Most spellings kept per name; readings beyond are dropped, the first (commonest) kept. */
    static final int MAX_SPELLINGS = 4;

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /** The table is loaded by pinyin4j on first use of its helper; this holder defers even that. */
    private static final class Table {
        static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

        static {
            FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
            FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
            FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        }

        /** The distinct toneless readings of a character, commonest first; empty if it is not Han. */
        static List<String> readings(char c) {
            try {
                String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
                if (all == null) {
                    return List.of();
                }
                return List.copyOf(new LinkedHashSet<>(List.of(all)));
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The spellings of a name: for each combination of readings, the full pinyin and the
     * initials ({@code bennianxinshou}, {@code bnxs}). Latin letters and digits are kept as they
     * are (lower-cased); punctuation is dropped.
     */
    public static List<String> spellings(String name) {
        return CACHE.computeIfAbsent(name, Pinyin::compute);
    }

    private static List<String> append(List<String> prefix, String syllable) {
        List<String> longer = new ArrayList<>(prefix);
        longer.add(syllable);
        return longer;
    }

    private static List<String> compute(String name) {
        // Each element: the alternatives for one character (a syllable list, or the character itself).
        List<List<String>> syllables = new ArrayList<>();
        boolean anyHan = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    syllables.add(List.of(String.valueOf(Character.toLowerCase(c))));
                }
                continue;
            }
            List<String> readings = Table.readings(c);
            if (!readings.isEmpty()) {
                syllables.add(readings);
                anyHan = true;
            }
        }
        if (!anyHan) {
            return List.of();
        }
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (List<String> alternatives : syllables) {
            // Every spelling so far goes on with the commonest reading; other readings only while
            // there is room, so there are never more than MAX_SPELLINGS.
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combinations) {
                next.add(append(prefix, alternatives.get(0)));
            }
            for (List<String> prefix : combinations) {
                for (String s : alternatives.subList(1, alternatives.size())) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(append(prefix, s));
                    }
                }
            }
            combinations = next;
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> combination : combinations) {
            out.add(String.join("", combination));
        }
        for (List<String> combination : combinations) {
            StringBuilder initials = new StringBuilder();
            for (String s : combination) {
                initials.append(s.charAt(0));
            }
            out.add(initials.toString());
        }
        return List.copyOf(out);
    }
}
