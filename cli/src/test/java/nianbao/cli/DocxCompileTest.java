package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compile --to docx} as a process, and the Word file it writes imported back with {@code import}. */
class DocxCompileTest {

    @TempDir
    Path dir;

    @Test
    void theWordFileImportsBackToTheSameTables() throws Exception {
        Fixtures.write(dir.resolve("report.nianbao"), Fixtures.exampleText());
        Cli.Run compile = Cli.run(dir, "compile", "report.nianbao", "--to", "docx", "-o", "out/");
        assertEquals(0, compile.exit(), compile::toString);
        compile.assertNoStackTrace();
        byte[] docx = Files.readAllBytes(dir.resolve("out/report.docx"));
        assertTrue(docx.length > 1000 && docx[0] == 'P' && docx[1] == 'K', "a .docx is a zip file");

        Cli.Run imported = Cli.run(dir, "import", "out/report.docx", "-o", "back", "--check");
        assertEquals(0, imported.exit(), imported::toString);
        imported.assertNoStackTrace();
        Cli.Run original = Cli.run(dir, "compile", "report.nianbao", "--to", "json", "-o", "a.json");
        Cli.Run again = Cli.run(dir, "compile", "back/report.nianbao", "--to", "json", "-o", "b.json");
        assertEquals(0, original.exit() + again.exit(), original + "\n" + again);
        assertEquals(tables(dir.resolve("a.json")), tables(dir.resolve("b.json")));
    }

    /** The sections of a compiled report with their content, the header left out (import adds a comment). */
    private static JsonElement tables(Path json) throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        JsonElement sections = doc.get("sections").deepCopy();
        for (JsonElement s : sections.getAsJsonArray()) {
            for (JsonElement c : s.getAsJsonObject().getAsJsonArray("content")) {
                c.getAsJsonObject().remove("range");
                stripRanges(c);
            }
            s.getAsJsonObject().remove("range");
        }
        return sections;
    }

    private static void stripRanges(JsonElement e) {
        if (e.isJsonObject()) {
            e.getAsJsonObject().remove("range");
            e.getAsJsonObject().entrySet().forEach(x -> stripRanges(x.getValue()));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(DocxCompileTest::stripRanges);
        }
    }

    @Test
    void anUnknownTargetFormatNamesDocx() throws Exception {
        Cli.Run run = Cli.run(dir, "compile", Fixtures.example().toString(), "--to", "pdf");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("docx"), run::toString);
    }
}
