package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** {@code check --format sarif|junit|github} as a process: the same findings as the text output, in each pipeline's format. */
class PipelineFormatsTest {

    @TempDir
    Path dir;

    private List<String> setUp() throws Exception {
        Fixtures.write(dir.resolve("broken.nianbao"), Fixtures.broken());
        Fixtures.write(dir.resolve("clean.nianbao"), Fixtures.exampleText());
        Cli.Run text = Cli.run(dir, "check", "broken.nianbao", "clean.nianbao");
        assertEquals(1, text.exit(), text::toString);
        assertTrue(!text.outLines().isEmpty(), text::toString);
        return text.outLines();
    }

    @Test
    void sarifHasOneResultPerTextLineAtTheSamePlace() throws Exception {
        List<String> lines = setUp();
        Cli.Run run = Cli.run(dir, "check", "--format", "sarif", "broken.nianbao", "clean.nianbao");
        assertEquals(1, run.exit(), run::toString);
        run.assertNoStackTrace();
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonArray results = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
        assertEquals(lines.size(), results.size(), run::toString);
        for (int i = 0; i < lines.size(); i++) {
            JsonObject r = results.get(i).getAsJsonObject();
            JsonObject loc = r.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
            JsonObject region = loc.getAsJsonObject("region");
            String expected = loc.getAsJsonObject("artifactLocation").get("uri").getAsString() + ":"
                    + region.get("startLine") + ":" + region.get("startColumn") + ": ";
            assertTrue(lines.get(i).startsWith(expected), lines.get(i) + " vs " + expected);
            assertTrue(lines.get(i).endsWith("[" + r.get("ruleId").getAsString() + "]"), lines.get(i));
        }
    }

    @Test
    void junitHasOneTestCasePerReport() throws Exception {
        setUp();
        Cli.Run run = Cli.run(dir, "check", "--format", "junit", "broken.nianbao", "clean.nianbao");
        assertEquals(1, run.exit(), run::toString);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
        assertEquals(2, doc.getElementsByTagName("testcase").getLength());
        Element broken = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("broken.nianbao", broken.getAttribute("name"));
        assertEquals(1, broken.getElementsByTagName("failure").getLength());
        assertEquals(0, ((Element) doc.getElementsByTagName("testcase").item(1)).getElementsByTagName("failure").getLength());
    }

    @Test
    void githubCommandsPointAtTheSameLinesAndColumns() throws Exception {
        List<String> lines = setUp();
        Cli.Run run = Cli.run(dir, "check", "--format", "github", "broken.nianbao", "clean.nianbao");
        assertEquals(1, run.exit(), run::toString);
        List<String> commands = run.outLines();
        assertEquals(lines.size(), commands.size(), run::toString);
        Pattern command = Pattern.compile("::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),.*::(.*)");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = command.matcher(commands.get(i));
            assertTrue(m.matches(), commands.get(i));
            String level = m.group(1).equals("notice") ? "info" : m.group(1);
            assertEquals(lines.get(i), m.group(2) + ":" + m.group(3) + ":" + m.group(4) + ": " + level + ": " + m.group(5));
        }
        assertTrue(run.err().contains("检查了 2 个文件"), run::toString);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Cli.Run run = Cli.run(dir, "check", "--format", "xml", Fixtures.example().toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("sarif"), run::toString);
    }
}
