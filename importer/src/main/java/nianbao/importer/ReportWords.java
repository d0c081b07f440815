package nianbao.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words of published reports that the template does not hold and the importer needs: how a
 * title starts and ends around the agency's name, the units a page writes after a number in a
 * cell, the words it prints in an empty cell. They are data ({@code report-words.txt}), read once.
 */
final class ReportWords {

    private static final Map<String, List<String>> WORDS = load();

    /** A title's lead before the agency's name ({@code 关于}), as a pattern anchored at the start. */
    static final Pattern TITLE_LEAD = Pattern.compile("^(" + alternatives("title-lead") + ")");

    /** Where a title's words stop naming the agency, to the title's end. */
    static final Pattern TITLE_TAIL = Pattern.compile("(" + alternatives("title-tail") + ").*$");

    /** The units written after a number in a cell, one character each ({@code 元件条笔个次万}). */
    static final String CELL_UNITS = String.join("", words("cell-units"));

    private ReportWords() {
    }

    static List<String> words(String key) {
        List<String> out = WORDS.get(key);
        if (out == null) {
            throw new IllegalStateException("report-words.txt has no line " + key);
        }
        return out;
    }

    private static String alternatives(String key) {
        return words(key).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = ReportWords.class.getResourceAsStream("report-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("report-words.txt missing from the importer");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] words = line.strip().split("\\s+");
                if (words.length < 2 || words[0].startsWith("#")) {
                    continue;
                }
                out.put(words[0], List.copyOf(Arrays.asList(words).subList(1, words.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
