package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * RowWords reads ordinals by hand (no regular expression on the path of every check). These are
 * the regular expressions it replaced, held against it on every word of up to five characters (the empty one too)
 * over an alphabet of every kind of character they tell apart.
 */
class RowWordsOrdinalsTest {

    private static final String ORDINAL =
            "(?:[0-9０-９]+[.．、,，)）]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9０-９]+[）)])";
    private static final Pattern ORDINAL_ONLY = Pattern.compile(ORDINAL + "+");
    private static final Pattern ORDINAL_THEN_NAME = Pattern.compile(ORDINAL + "+[^0-9０-９.．\\-－—–/／]");

    private static final String ALPHABET = "1２三.、)（）-属";

    @Test
    void sameAsTheRegularExpressionsOnEveryShortWord() {
        int[] compared = {0};
        words("", 5, w -> {
            assertEquals(ORDINAL_ONLY.matcher(w).matches(), RowWords.ordinalOnly(w), () -> "ordinalOnly(" + w + ")");
            assertEquals(ORDINAL_THEN_NAME.matcher(w).lookingAt(), RowWords.ordinalThenName(w), () -> "ordinalThenName(" + w + ")");
            compared[0]++;
        });
        assertEquals(1 + 10 + 100 + 1_000 + 10_000 + 100_000, compared[0]);
    }

    @Test
    void realLabels() {
        assertEquals(true, RowWords.ordinalThenName("1.属于国家秘密"));
        assertEquals(true, RowWords.ordinalThenName("（三）不予公开"));
        assertEquals(false, RowWords.ordinalThenName("1.5"));
        assertEquals(true, RowWords.ordinalOnly("（一）1."));
        assertEquals(false, RowWords.ordinalOnly("（一）予以公开"));
    }

    private static void words(String prefix, int left, Consumer<String> each) {
        each.accept(prefix);
        if (left == 0) {
            return;
        }
        for (int i = 0; i < ALPHABET.length(); i++) {
            words(prefix + ALPHABET.charAt(i), left - 1, each);
        }
    }
}
