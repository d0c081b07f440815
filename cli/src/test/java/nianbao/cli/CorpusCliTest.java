package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.Charset;
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

/**
 * The bad-input corpus ({@code core/src/test/resources/corpus}, read with core's {@link Corpus}
 * from its test-jar) through the command as a process:
 * for every file, {@code nianbao check} gives exactly the diagnostics core's expected file holds
 * (without the fixes, which the command does not print).
 */
class CorpusCliTest {

    @TempDir
    Path temp;

    /** The diagnostics of a JSON {@code check} document, by file name, in the corpus's text form. */
    static Map<String, List<String>> byFile(String json) {
        Map<String, List<String>> out = new HashMap<>();
        for (JsonElement f : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            List<String> lines = new ArrayList<>();
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                lines.add(line(d.getAsJsonObject()));
            }
            out.put(Path.of(file.get("path").getAsString()).getFileName().toString(), lines);
        }
        return out;
    }

    /** One diagnostic as the corpus writes it: one-based {@code line:col-line:col id severity message}. */
    static String line(JsonObject d) {
        JsonObject r = d.getAsJsonObject("range");
        JsonObject s = r.getAsJsonObject("start");
        JsonObject e = r.getAsJsonObject("end");
        String text = (s.get("line").getAsInt() + 1) + ":" + (s.get("character").getAsInt() + 1) + "-"
                + (e.get("line").getAsInt() + 1) + ":" + (e.get("character").getAsInt() + 1) + " "
                + d.get("id").getAsString() + " " + d.get("severity").getAsString() + " " + d.get("message").getAsString();
        return d.has("file") ? text + " (" + d.get("file").getAsString() + ")" : text;
    }

    static List<String> expected(Path report) throws IOException {
        return Corpus.withoutFixes(Files.readString(Corpus.expected(report), StandardCharsets.UTF_8));
    }

    @Test
    void theCommandGivesEveryCorpusFileItsExpectedDiagnostics() throws Exception {
        Path corpus = Corpus.dir();
        Cli.Run run = Cli.run(corpus, "check", "--format", "json", "--root", corpus.toString(), ".");
        run.assertNoStackTrace();
        Map<String, List<String>> found = byFile(run.out());
        List<Path> files = Corpus.files();
        assertEquals(files.size(), found.size(), run::toString);
        for (Path f : files) {
            assertEquals(expected(f), found.get(f.getFileName().toString()), f.getFileName().toString());
        }
    }

    /** With --force, every corpus file compiles to both formats; the JSON parses and the page runs nothing. */
    @Test
    void everyCorpusFileCompilesWithForce() throws Exception {
        Path corpus = Corpus.dir();
        for (String format : List.of("json", "html")) {
            Path out = temp.resolve(format);
            Cli.Run run = Cli.run(corpus, "compile", "--to", format, "--force", "-o", out + "/", "--root", corpus.toString(), ".");
            run.assertNoStackTrace();
            assertTrue(run.exit() == ExitStatus.OK || run.exit() == ExitStatus.FINDINGS, run::toString);
            List<Path> written;
            try (Stream<Path> s = Files.list(out)) {
                written = s.toList();
            }
            assertEquals(Corpus.files().size(), written.size(), run::toString);
            for (Path f : written) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (format.equals("json")) {
                    JsonParser.parseString(text);
                } else {
                    var page = org.jsoup.Jsoup.parse(text);
                    assertTrue(page.select("script").isEmpty(), f::toString);
                    assertTrue(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                            .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")), f::toString);
                }
            }
        }
    }

    @Test
    void invalidUtf8IsRefusedWithTheFileAndTheByteOffset() throws Exception {
        byte[] example = Files.readAllBytes(Fixtures.example());
        String before = "机关：光华镇";
        int offset = indexOf(example, before.getBytes(StandardCharsets.UTF_8)) + before.getBytes(StandardCharsets.UTF_8).length;
        // "人民" as GBK: a file saved in the wrong encoding.
        byte[] gbk = "人民".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[example.length + gbk.length];
        System.arraycopy(example, 0, bytes, 0, offset);
        System.arraycopy(gbk, 0, bytes, offset, gbk.length);
        System.arraycopy(example, offset, bytes, offset + gbk.length, example.length - offset);
        Path file = temp.resolve("gbk-2021.nianbao");
        Files.write(file, bytes);
        Files.writeString(temp.resolve("fine-2021.nianbao"), Fixtures.exampleText());

        Cli.Run run = Cli.run(temp, "check", "gbk-2021.nianbao", "fine-2021.nianbao");
        run.assertNoStackTrace();
        assertEquals(ExitStatus.TROUBLE, run.exit(), run::toString);
        assertTrue(run.err().contains("gbk-2021.nianbao"), run::toString);
        assertTrue(run.err().contains("字节偏移 " + offset), run::toString);
        assertTrue(run.err().contains("0x" + String.format("%02X", gbk[0] & 0xFF)), run::toString);
        assertTrue(!run.err().contains("fine-2021.nianbao："), "the good file is checked: " + run);
    }

    @Test
    void aTenMegabyteFileAndAOneMegabyteLineAreCheckedWhole() throws Exception {
        String example = Fixtures.exampleText();
        Files.writeString(temp.resolve("big-2021.nianbao"), Corpus.tenMegabytes(example), StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("line-2021.nianbao"), Corpus.oneMegabyteLine(example), StandardCharsets.UTF_8);
        assertTrue(Files.size(temp.resolve("big-2021.nianbao")) >= 10_000_000);

        Cli.Run run = Cli.run(temp, "check", "--format", "json", "big-2021.nianbao", "line-2021.nianbao");
        run.assertNoStackTrace();
        assertEquals(ExitStatus.OK, run.exit(), run::toString);
        Map<String, List<String>> found = byFile(run.out());
        assertEquals(Map.of("big-2021.nianbao", List.of(), "line-2021.nianbao", List.of()), found);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
