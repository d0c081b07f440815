package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** PDFs the importer cannot read are refused with one clear reason each, never half-read. */
class PdfRefusalTest {

    private static final Path HONGZE = Path.of("src/test/resources/real/26-hongze-qu-2023.pdf");

    private static void refused(byte[] pdf, ProblemId expected) {
        ImportResult r = Importer.importBytes("report.pdf", pdf);
        assertEquals(1, r.problems().size(), r.problems()::toString);
        ImportProblem p = r.problems().get(0);
        assertEquals(expected, p.kind(), p::toString);
        assertEquals(ImportProblem.Severity.ERROR, p.severity());
        assertTrue(p.message().contains("PDF"), p.message());
        assertTrue(r.unreadable());
        assertTrue(r.tableLost());
        assertEquals("", r.nianbaoText());
    }

    @Test
    void aPdfWithoutTextLayerIsAScan() throws IOException {
        // Pages without any text: what a scanner makes (its images carry no characters).
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(out);
            refused(out.toByteArray(), ProblemId.PDF_NO_TEXT);
        }
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(HONGZE)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(out);
            refused(out.toByteArray(), ProblemId.PDF_ENCRYPTED);
        }
    }

    @Test
    void aDamagedPdfIsRefused() throws IOException {
        refused("%PDF-1.7\n garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII), ProblemId.PDF_DAMAGED);
        refused(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}, ProblemId.PDF_DAMAGED);
    }

    @Test
    void aPdfCutAnywhereIsReadOrRefusedNeverHalfWritten() throws IOException {
        byte[] whole = Files.readAllBytes(HONGZE);
        for (int end = 1; end < whole.length; end += whole.length / 25) {
            ImportResult r = Importer.importBytes("cut.pdf", Arrays.copyOf(whole, end));
            assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.INTERNAL_ERROR), r.problems()::toString);
            assertTrue(!r.unreadable() || r.nianbaoText().isEmpty(), "cut at " + end + ": " + r.problems());
        }
    }
}
