package nianbao.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.output.JsonOutput;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import nianbao.core.testing.JsonCells;

/**
 * Real published reports typed the way people outside the project type them
 * ({@code outsider/README.md}): each file gives exactly the diagnostics written by hand in
 * {@code NAME.expected} (the published report's own errors; nothing else, so no false alarm and
 * no rejected spelling), and every hand-read value in {@code NAME.values} comes out of the JSON.
 */
class OutsiderCorpusTest {

    private static final Path DIR = Golden.RESOURCES.resolve("outsider");

    static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".nianbao")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path beside(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".nianbao".length()) + extension);
    }

    @TestFactory
    Stream<DynamicTest> eachFileGivesOnlyItsHandListedDiagnosticsAndItsHandReadValues() {
        List<Path> files = files();
        assertTrue(files.size() >= 8, "the corpus holds " + files.size() + " files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Analysis a = CorpusTest.analyze(f, Corpus.read(f));
            List<String> found = new ArrayList<>();
            for (Diagnostic d : a.diagnostics()) {
                found.add((d.range().start().line() + 1) + " " + d.id());
            }
            List<String> expected = new ArrayList<>(lines(beside(f, ".expected")));
            assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(),
                    "diagnostics of " + f.getFileName() + ": " + a.diagnostics());
            assertValues(f, JsonParser.parseString(JsonOutput.render(a)).getAsJsonObject());
        }));
    }

    /** Every hand-read value equals the value in the JSON output: {@code table/row/column<TAB>value}. */
    private static void assertValues(Path file, JsonObject json) {
        Map<String, JsonElement> out = JsonCells.of(json);
        List<String> wrong = new ArrayList<>();
        List<String> expected = lines(beside(file, ".values"));
        for (String line : expected) {
            String[] parts = line.split("\t");
            JsonElement got = out.get(parts[0]);
            boolean same = parts[1].equals("-") ? got != null && got.isJsonNull()
                    : got != null && got.isJsonPrimitive() && got.getAsBigDecimal().compareTo(new BigDecimal(parts[1])) == 0;
            if (!same) {
                wrong.add(parts[0] + " hand-read " + parts[1] + ", output " + got);
            }
        }
        assertTrue(expected.size() > 100, file.getFileName() + " lists " + expected.size() + " values");
        assertEquals(List.of(), wrong, "values of " + file.getFileName());
    }
}
