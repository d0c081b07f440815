package nianbao.importer;

import static nianbao.importer.TextImports.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.template.Template;
import org.junit.jupiter.api.Test;

/**
 * Real published reports, as people have them (src/test/resources/real/, sources in
 * docs/import.md): every hand-read cell exact, every table present, and the real errors of the
 * report found by {@code check} after import.
 */
class RealReportsTest {

    private static final Path REAL = Path.of("src/test/resources/real");

    private static ImportResult importFile(String name) throws IOException {
        return Importer.importBytes(name, Files.readAllBytes(REAL.resolve(name)));
    }

    private static HandReadValues.Score score(String file, String json, ImportResult r) throws IOException {
        Template template = Importer.builtInTemplates().get(r.templateId());
        List<HandReadValues.Expected> expected = HandReadValues.load(REAL.resolve(json), template);
        HandReadValues.Score score = HandReadValues.score(expected, ReportValues.document(r.nianbaoText()));
        System.out.println("[real] " + file + ": cells exact " + score);
        return score;
    }

    private static List<String> errorIds(ImportResult r) {
        return new Analyzer().analyze(r.nianbaoText()).diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::id).toList();
    }

    /** The cells of hongze's table 三 row （六）其他处理, a 2019-format row the 2021 format splits in three. */
    private static final int HONGZE_OLD_ROW_CELLS = 7;

    private static void hongze(String file) throws IOException {
        ImportResult r = importFile(file);
        assertEquals("national-2021", r.templateId(), describe(r));
        HandReadValues.Score score = score(file, "26-hongze-qu-2023.json", r);
        // The single row （六）其他处理 has no place in the 2021 format: reported, not guessed into a sub-row.
        assertEquals(score.total() - HONGZE_OLD_ROW_CELLS, score.exact(), () -> score + "\n" + describe(r));
        assertTrue(score.misses().stream().allMatch(m -> m.cell().row().id().equals("other-handling")), score::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemId.HEADING_ROW_VALUES
                && p.message().contains("（六）其他处理")), () -> describe(r));
        for (String table : List.of("art20-1", "art20-5", "art20-6", "art20-8", "applications", "review")) {
            assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.TABLE_LOST && p.message().contains(table)));
        }
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.TABLE_LOST), () -> describe(r));
        // The real errors: table 四's 行政复议 10+1+0+0 = 11 but 总计 0, 复议后起诉 5 but 总计 0.
        List<Diagnostic> rowTotals = new Analyzer().analyze(r.nianbaoText()).diagnostics().stream()
                .filter(d -> d.id().equals("balance.row-total")).toList();
        assertEquals(2, rowTotals.size(), () -> rowTotals + "\n" + r.nianbaoText());
        assertTrue(rowTotals.stream().anyMatch(d -> d.message().contains("行政复议")), rowTotals::toString);
        assertTrue(rowTotals.stream().anyMatch(d -> d.message().contains("复议后起诉")), rowTotals::toString);
    }

    @Test
    void hongzeAsPublishedPdf() throws IOException {
        hongze("26-hongze-qu-2023.pdf");
    }

    @Test
    void hongzeAsPdftotextLayoutText() throws IOException {
        hongze("26-hongze-qu-2023.txt");
    }

    @Test
    void shuyangOcrMarkdown() throws IOException {
        String file = "29-shuyang-xian-2025.txt";
        ImportResult r = importFile(file);
        assertEquals("national-2021", r.templateId(), describe(r));
        HandReadValues.Score score = score(file, "29-shuyang-xian-2025.json", r);
        assertEquals(score.total(), score.exact(), () -> score + "\n" + describe(r));
        assertTrue(r.problems().stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR), () -> describe(r));
        // Markdown headings are headings: each section has its own prose.
        String text = r.nianbaoText();
        assertTrue(text.indexOf("# 一、总体情况") < text.indexOf("2025年，我县坚持以习近平"), text);
        assertTrue(text.indexOf("# 二、主动公开政府信息情况") < text.indexOf("规章"), text);
        assertTrue(text.indexOf("2025 年，我县县政府信息公开工作") > text.indexOf("# 五、"), text);
        assertEquals(List.of(), errorIds(r), text);
    }

    @Test
    void pingtanWebPageCells() throws IOException {
        String file = "30-pingtan-shiyanqu-2024.html";
        ImportResult r = importFile(file);
        HandReadValues.Score score = score(file, "30-pingtan-shiyanqu-2024.json", r);
        assertEquals(score.total(), score.exact(), () -> score + "\n" + describe(r));
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.TABLE_LOST), () -> describe(r));
    }
}
