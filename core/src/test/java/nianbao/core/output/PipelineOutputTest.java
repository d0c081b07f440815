package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.check.Check;
import nianbao.core.check.Checks;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.testing.Golden;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The pipeline formats of {@code check}: SARIF against the official schema, JUnit XML, GitHub workflow commands. */
class PipelineOutputTest {

    private static final JsonSchema SARIF_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(Golden.read(Golden.RESOURCES.resolve("sarif/sarif-schema-2.1.0.json")));

    /** Every fixture, analysed, with its dismissed findings: every check id occurs. */
    private static List<CheckedFile> fixtures() throws IOException {
        List<CheckedFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(Golden.RESOURCES.resolve("fixtures"))) {
            for (Path p : paths.filter(p -> p.getFileName().toString().matches("(fires|quiet).*\\.nianbao")).sorted().toList()) {
                Analysis a = new Analyzer().analyze(Golden.read(p));
                files.add(new CheckedFile(p.toString(), a.diagnostics(), a.dismissed()));
            }
        }
        files.add(new CheckedFile("../examples/光华镇 2021.nianbao", List.of(), List.of()));
        return files;
    }

    @Test
    void sarifOfEveryFixtureFollowsTheOfficialSchema() throws IOException {
        List<CheckedFile> files = fixtures();
        String sarif = SarifOutput.render(files, "0.1.0-SNAPSHOT");
        assertEquals(Set.of(), SARIF_SCHEMA.validate(sarif, InputFormat.JSON));

        JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.getAsJsonObject().get("id").getAsString()));
        for (Check c : Checks.all()) {
            assertTrue(ruleIds.contains(c.id()), c.id());
        }
        JsonArray results = run.getAsJsonArray("results");
        int expected = files.stream().mapToInt(f -> f.findings().size() + f.dismissed().size()).sum();
        assertEquals(expected, results.size());
        boolean sawFix = false;
        boolean sawSuppression = false;
        for (JsonElement e : results) {
            JsonObject r = e.getAsJsonObject();
            JsonObject rule = rules.get(r.get("ruleIndex").getAsInt()).getAsJsonObject();
            assertEquals(r.get("ruleId"), rule.get("id"), "ruleIndex points at the rule of the result");
            sawFix |= r.has("fixes");
            sawSuppression |= r.has("suppressions");
        }
        assertTrue(sawFix, "the fixtures include findings with fixes");
        assertTrue(sawSuppression, "the fixtures include dismissed findings");
    }

    @Test
    void sarifRegionsAreOneBasedUtf16AndPathsAreEncoded() {
        Diagnostic d = new Diagnostic("row.unknown", Severity.ERROR,
                new Range(new Position(4, 2), new Position(4, 7)), "表“申请处理”没有行“国家机密”");
        String sarif = SarifOutput.render(List.of(new CheckedFile("报告/光华 镇.nianbao", List.of(d), List.of())), "1.0.0");
        assertEquals(Set.of(), SARIF_SCHEMA.validate(sarif, InputFormat.JSON));
        JsonObject result = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results").get(0).getAsJsonObject();
        JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertEquals("%E6%8A%A5%E5%91%8A/%E5%85%89%E5%8D%8E%20%E9%95%87.nianbao",
                location.getAsJsonObject("artifactLocation").get("uri").getAsString());
        JsonObject region = location.getAsJsonObject("region");
        assertEquals(5, region.get("startLine").getAsInt());
        assertEquals(3, region.get("startColumn").getAsInt());
        assertEquals(8, region.get("endColumn").getAsInt());
        assertEquals("error", result.get("level").getAsString());
        assertEquals("file:///tmp/a%20b.nianbao", SarifOutput.uri("/tmp/a b.nianbao"));
    }

    @Test
    void junitHasOneTestCasePerReportFailedByErrorsOrOnRequestWarnings() throws Exception {
        Diagnostic error = new Diagnostic("value.negative", Severity.ERROR, new Range(new Position(9, 4), new Position(9, 6)),
                "不能为负数 <&> \u0001");
        Diagnostic warning = new Diagnostic("section.empty", Severity.WARNING, new Range(new Position(2, 0), new Position(2, 3)),
                "章节没有内容");
        List<CheckedFile> files = List.of(new CheckedFile("a.nianbao", List.of(error, warning), List.of()),
                new CheckedFile("b.nianbao", List.of(warning), List.of()),
                new CheckedFile("c.nianbao", List.of(), List.of()));

        Document doc = parse(JunitOutput.render(files, false));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element a = (Element) cases.item(0);
        assertEquals("a.nianbao", a.getAttribute("name"));
        Element failure = (Element) a.getElementsByTagName("failure").item(0);
        assertEquals("1 个错误，1 个警告", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("a.nianbao:10:5: error: 不能为负数 <&> \uFFFD [value.negative]"),
                failure.getTextContent());
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals("1", ((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));

        Document strict = parse(JunitOutput.render(files, true));
        assertEquals(1, ((Element) strict.getElementsByTagName("testcase").item(1)).getElementsByTagName("failure").getLength());
        assertEquals("2", ((Element) strict.getElementsByTagName("testsuites").item(0)).getAttribute("failures"));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void githubCommandsAnnotateFileLineAndColumnWithEscapes() {
        Diagnostic d = new Diagnostic("prose.table-mismatch", Severity.WARNING,
                new Range(new Position(0, 3), new Position(0, 9)), "正文说“5件”，但表中为 4\n100%");
        String out = GithubOutput.render(List.of(new CheckedFile("dir,x/a:b.nianbao", List.of(d), List.of())));
        assertEquals("::warning file=dir%2Cx/a%3Ab.nianbao,line=1,col=4,endLine=1,endColumn=10,title=prose.table-mismatch"
                + "::正文说“5件”，但表中为 4%0A100%25 [prose.table-mismatch]\n", out);
        Diagnostic info = new Diagnostic("value.full-width", Severity.INFORMATION,
                new Range(new Position(3, 0), new Position(5, 1)), "全角");
        String notice = GithubOutput.render(List.of(new CheckedFile("a", List.of(info), List.of())));
        assertTrue(notice.startsWith("::notice file=a,line=4,col=1,endLine=6,title="), notice);
        assertFalse(notice.contains("endColumn"), "GitHub takes endColumn only on one line");
    }
}
