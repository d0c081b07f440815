package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nianbao.core.Analyzer;
import nianbao.core.check.CheckOptions;
import nianbao.core.output.JsonOutput;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.Template;

/**
 * {@code compile --to docx} then {@code import} gives the report back: every table value (by
 * section, table, row and column) and every prose piece (kind, ordinal, text). Over the three
 * examples (the 2021 and 2019 national formats and a county template with a section of its own)
 * and over reports generated from them with random figures, blanks and paragraphs.
 */
class DocxRoundTripProperties {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final FileTemplateResolver RESOLVER = new FileTemplateResolver(EXAMPLES, EXAMPLES, List.of());
    private static final Analyzer ANALYZER = new Analyzer(RESOLVER, CheckOptions.DEFAULT);
    private static final Map<String, Template> TEMPLATES = templates();
    private static final Pattern VALUE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|-");

    private static Map<String, Template> templates() {
        Map<String, Template> t = new LinkedHashMap<>(Importer.builtInTemplates());
        t.put("qingshan-county.nbt", RESOLVER.resolve("qingshan-county.nbt").template());
        return t;
    }

    static void assertRoundTrip(String text) {
        byte[] docx = DocxWriter.write(ANALYZER.analyze(text));
        ImportResult r = Importer.importBytes("report.docx", docx, TEMPLATES);
        assertFalse(r.tableLost(), r.problems()::toString);
        JsonObject original = JsonOutput.document(ANALYZER.analyze(text));
        JsonObject imported = JsonOutput.document(ANALYZER.analyze(r.nianbaoText()));
        assertEquals(ReportValues.tables(original), ReportValues.tables(imported), r.nianbaoText());
        assertEquals(ReportValues.prose(original), ReportValues.prose(imported), r.nianbaoText());
        assertEquals(original.getAsJsonObject("template").get("id"), imported.getAsJsonObject("template").get("id"));
    }

    private static String example(String name) {
        try {
            return Files.readString(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Example
    void guanghua2021() {
        assertRoundTrip(example("guanghua-2021.nianbao"));
    }

    @Example
    void yunxi2020InThe2019Format() {
        assertRoundTrip(example("yunxi-2020.nianbao"));
    }

    @Example
    void yunxi2021OnACountyTemplate() {
        assertRoundTrip(example("yunxi-2021.nianbao"));
    }

    @Property(tries = 40)
    void generatedReportsComeBack(@ForAll("reports") String text) throws IOException {
        try {
            assertRoundTrip(text);
        } catch (AssertionError e) {
            // The report that failed, to open and import by hand (jqwik's report cuts long samples).
            Files.writeString(Path.of("target", "docx-round-trip-failure.nianbao"), text);
            throw e;
        }
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> base = Arbitraries.of("guanghua-2021.nianbao", "yunxi-2020.nianbao", "yunxi-2021.nianbao")
                .map(DocxRoundTripProperties::example);
        return Combinators.combine(base, Arbitraries.longs(), paragraph().list().ofMinSize(1).ofMaxSize(12))
                .as(DocxRoundTripProperties::vary);
    }

    /** A sentence of running text: CJK, Latin, digits, punctuation, markup characters and a character beyond the BMP. */
    static Arbitrary<String> paragraph() {
        return Arbitraries.strings()
                .withCharRange('\u4e00', '\u9fa5')
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars("，、；：“”《》%<>&\"' ~".toCharArray())
                .ofMinLength(1).ofMaxLength(80)
                // A character beyond the BMP as a whole pair: a lone surrogate cannot come from a UTF-8 file.
                .map(s -> "据统计" + s.strip().replace("~", "𠀾") + "。");
    }

    /**
     * The example with every figure of its tables drawn anew (a number up to 99,999 or a blank)
     * and its paragraphs of running text replaced in turn by the given ones.
     */
    static String vary(String example, long seed, List<String> paragraphs) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        int next = 0;
        for (String line : example.split("\n", -1)) {
            if (line.startsWith("[")) {
                inTable = true;
                out.append(line).append('\n');
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                inTable = false;
            }
            if (inTable && !line.startsWith("其余") && !line.startsWith("//")) {
                String[] words = line.strip().split("\\s+");
                StringBuilder row = new StringBuilder(words[0]);
                for (int i = 1; i < words.length; i++) {
                    String w = words[i];
                    if (VALUE.matcher(w).matches()) {
                        w = random.nextInt(5) == 0 ? "-" : Integer.toString(random.nextInt(random.nextBoolean() ? 10 : 100_000));
                    }
                    row.append("  ").append(w);
                }
                out.append(row).append('\n');
                continue;
            }
            if (!inTable && line.endsWith("。") && !line.startsWith("#") && !line.startsWith("//") && !line.contains("：") && next < paragraphs.size()) {
                out.append(paragraphs.get(next++)).append('\n');
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
