package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import org.junit.jupiter.api.Test;

/** A report published as Word file, web page and extracted text imports to the same values every time. */
class FormatsTest {

    /** The three publications of a report, imported. */
    private record Imported(ImportResult docx, ImportResult html, ImportResult text) {
        List<ImportResult> all() {
            return List.of(docx, html, text);
        }
    }

    private static Imported importAll(PublishedReport report, String name) {
        return new Imported(
                Importer.importBytes(name + ".docx", report.docx()),
                Importer.importBytes(name + ".html", report.html()),
                Importer.importBytes(name + ".txt", report.text()));
    }

    private static void assertSameEverywhere(Imported imported) {
        JsonObject docx = ReportValues.document(imported.docx().nianbaoText());
        for (ImportResult other : List.of(imported.html(), imported.text())) {
            JsonObject json = ReportValues.document(other.nianbaoText());
            assertEquals(ReportValues.tables(docx), ReportValues.tables(json), other.nianbaoText());
            assertEquals(ReportValues.prose(docx), ReportValues.prose(json), other.nianbaoText());
            assertEquals(docx.get("header"), json.get("header"));
        }
        for (ImportResult r : imported.all()) {
            assertFalse(r.tableLost(), () -> describe(r));
            assertTrue(r.problems().stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR), () -> describe(r));
            // The official headings and labels need no guessing.
            assertTrue(r.problems().stream().noneMatch(p -> p.severity() == ImportProblem.Severity.WARNING), () -> describe(r));
        }
    }

    private static String describe(ImportResult r) {
        StringBuilder sb = new StringBuilder(r.nianbaoText());
        r.problems().forEach(p -> sb.append('\n').append(p.severity()).append(' ').append(p.describe()));
        return sb.toString();
    }

    private static JsonObject values(JsonObject tables, String table, String row) {
        return tables.getAsJsonObject(table).getAsJsonObject(row);
    }

    @Test
    void balancedReportImportsAlikeFromAllFormatsAndChecksClean() {
        Imported imported = importAll(SampleReports.baishi2021(), "baishi-2021");
        assertSameEverywhere(imported);
        for (ImportResult r : imported.all()) {
            assertEquals("national-2021", r.templateId());
            Analysis analysis = new Analyzer().analyze(r.nianbaoText());
            assertEquals(List.of(), analysis.diagnostics(), r.nianbaoText());
        }
        JsonObject tables = ReportValues.tables(ReportValues.document(imported.docx().nianbaoText()));
        JsonObject fresh = values(tables, "\"applications\"/applications", "new");
        assertEquals(12, fresh.get("natural").getAsInt());
        assertEquals(3, fresh.get("business").getAsInt());
        assertEquals(17, fresh.get("total").getAsInt());
        assertEquals(4, values(tables, "\"applications\"/applications", "not-held").get("total").getAsInt());
        assertEquals(1, values(tables, "\"applications\"/applications", "not-held").get("other").getAsInt());
        assertEquals(2, values(tables, "\"review\"/review", "direct").get("total").getAsInt());
        assertEquals(1, values(tables, "\"review\"/review", "direct").get("pending").getAsInt());
        assertEquals(1, values(tables, "\"review\"/review", "reconsideration").get("upheld").getAsInt());
        assertEquals(15, values(tables, "\"proactive\"/art20-1", "normative").get("active").getAsInt());
        assertEquals(1.25, values(tables, "\"proactive\"/art20-8", "fees").get("amount").getAsDouble());
        assertEquals(3, values(tables, "\"proactive\"/art20-6", "enforcement").get("decisions").getAsInt());
    }

    @Test
    void wrongTotalSurvivesAndIsReportedByTheChecker() {
        Imported imported = importAll(SampleReports.baishi2021WrongTotal(), "baishi-2021");
        assertSameEverywhere(imported);
        for (ImportResult r : imported.all()) {
            JsonObject tables = ReportValues.tables(ReportValues.document(r.nianbaoText()));
            assertEquals(19, values(tables, "\"applications\"/applications", "handled-total").get("total").getAsInt());
            List<String> errors = new Analyzer().analyze(r.nianbaoText()).diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::id).distinct().toList();
            assertTrue(errors.contains("balance.row-total"), errors::toString);
            assertTrue(errors.contains("balance.handled-total"), errors::toString);
        }
    }

    @Test
    void format2019IsDetectedFromTheTables() {
        Imported imported = importAll(SampleReports.hexi2020(), "hexi-2020");
        assertSameEverywhere(imported);
        for (ImportResult r : imported.all()) {
            assertEquals("national-2019", r.templateId());
            Analysis analysis = new Analyzer().analyze(r.nianbaoText());
            assertEquals(List.of(), analysis.diagnostics(), r.nianbaoText());
        }
        JsonObject tables = ReportValues.tables(ReportValues.document(imported.html().nianbaoText()));
        assertEquals(-2, values(tables, "\"proactive\"/art20-5", "permits").get("change").getAsInt());
        assertEquals(1, values(tables, "\"proactive\"/art20-6", "penalties").get("change").getAsInt());
        assertEquals(86.5, values(tables, "\"proactive\"/art20-9", "procurement").get("amount").getAsDouble());
        assertEquals(1, values(tables, "\"applications\"/applications", "other-handling").get("natural").getAsInt());
        assertTrue(values(tables, "\"review\"/review", "reconsideration").get("upheld").isJsonNull());
        assertEquals(0, values(tables, "\"review\"/review", "after-review").get("total").getAsInt());
    }
}
