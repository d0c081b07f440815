package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.core.robustness.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nianbao.core.testing.JsonCells;

/**
 * The outsider corpus ({@code core/src/test/resources/outsider}: real reports typed the way
 * outsiders type them) through the shipped command as a process: {@code check} gives each file
 * exactly its hand-listed diagnostics, and {@code compile --to json} every hand-read value.
 */
class OutsiderCliTest {

    @TempDir
    Path temp;

    private static Path corpus() {
        return Corpus.dir().resolveSibling("outsider");
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList();
        }
    }

    private static List<String> lines(Path report, String extension) throws IOException {
        String name = report.getFileName().toString().replaceAll("\\.nianbao$", extension);
        return Files.readAllLines(report.resolveSibling(name), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    @Test
    void checkGivesEachFileOnlyItsHandListedDiagnostics() throws Exception {
        Path corpus = corpus();
        Cli.Run run = Cli.run(corpus, "check", "--format", "json", "--root", corpus.toString(), ".");
        run.assertNoStackTrace();
        Map<String, List<String>> found = new HashMap<>();
        for (JsonElement f : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            List<String> ids = new ArrayList<>();
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                JsonObject o = d.getAsJsonObject();
                ids.add((o.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt() + 1) + " "
                        + o.get("id").getAsString());
            }
            found.put(Path.of(file.get("path").getAsString()).getFileName().toString(), ids.stream().sorted().toList());
        }
        List<Path> files = files(corpus);
        assertTrue(files.size() >= 9, "outsider corpus of " + files.size());
        for (Path f : files) {
            assertEquals(lines(f, ".expected").stream().sorted().toList(), found.get(f.getFileName().toString()),
                    f.getFileName().toString());
        }
    }

    @Test
    void compileGivesEveryHandReadValue() throws Exception {
        Path corpus = corpus();
        Path out = temp.resolve("json");
        Cli.Run run = Cli.run(corpus, "compile", "--to", "json", "--force", "-o", out + "/", "--root", corpus.toString(), ".");
        run.assertNoStackTrace();
        int compared = 0;
        for (Path f : files(corpus)) {
            String name = f.getFileName().toString().replaceAll("\\.nianbao$", ".json");
            Map<String, JsonElement> values = JsonCells.of(JsonParser.parseString(
                    Files.readString(out.resolve(name), StandardCharsets.UTF_8)).getAsJsonObject());
            for (String line : lines(f, ".values")) {
                String[] parts = line.split("\t");
                JsonElement got = values.get(parts[0]);
                boolean same = parts[1].equals("-") ? got != null && got.isJsonNull()
                        : got != null && got.isJsonPrimitive() && got.getAsBigDecimal().compareTo(new BigDecimal(parts[1])) == 0;
                assertTrue(same, f.getFileName() + " " + parts[0] + ": hand-read " + parts[1] + ", compiled " + got);
                compared++;
            }
        }
        assertTrue(compared > 1500, compared + " values compared");
    }
}
