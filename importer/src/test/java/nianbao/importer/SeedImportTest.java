package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import org.junit.jupiter.api.Test;

/** The real report of 光华镇 (text taken out of its Word file) imports to the hand-written example. */
class SeedImportTest {

    private static final Path SEED = Path.of("src/test/resources/guanghua-2021.txt");
    private static final Path EXAMPLE = Path.of("../examples/guanghua-2021.nianbao");

    @Test
    void seedImportsToTextThatChecksCleanButForTheAgencyItNeverNames() {
        ImportResult result = Importer.importFile(SEED);
        Analysis analysis = new Analyzer().analyze(result.nianbaoText());
        // The report says only 光华镇 (its title): the importer does not make up 光华镇人民政府, it suggests it.
        assertEquals(List.of("header.missing-field"), analysis.diagnostics().stream().map(d -> d.id()).toList(),
                result.nianbaoText());
        assertTrue(result.problems().stream().anyMatch(p -> p.kind() == ProblemId.AGENCY_NOT_FOUND
                && p.message().contains("光华镇人民政府")), result.problems().toString());
        assertFalse(result.tableLost());
        assertEquals("national-2021", result.templateId());
        assertEquals(List.of(), result.problems().stream().filter(p -> p.severity() != ImportProblem.Severity.NOTE).toList());
    }

    @Test
    void seedHasTheValuesAndProseOfTheExample() throws Exception {
        ImportResult result = Importer.importFile(SEED);
        JsonObject imported = ReportValues.document(result.nianbaoText());
        JsonObject example = ReportValues.document(Files.readString(EXAMPLE));
        assertEquals(ReportValues.tables(example), ReportValues.tables(imported));
        assertEquals(ReportValues.prose(example), ReportValues.prose(imported));
        JsonObject header = example.getAsJsonObject("header").deepCopy();
        header.remove("机关");
        assertEquals(header, imported.get("header"));
    }

    @Test
    void blankCellsAreListed() {
        ImportResult result = Importer.importFile(SEED);
        List<ImportProblem> blanks = result.problems().stream()
                .filter(p -> p.kind() == ProblemId.BLANK_CELLS).toList();
        // Every value row of table 三 leaves six cells blank; 四 fills only its totals.
        assertEquals(25 + 3, blanks.size());
        ImportProblem first = blanks.get(0);
        assertEquals("83:2", first.at().where());
        assertTrue(first.message().contains("本年新收") || first.message().contains("一、本年新收"), first.message());
    }
}
