package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved report is analyzed as a file: its county template beside it, last year's report too. */
class WorkspaceFilesTest {

    @TempDir
    Path dir;

    @Test
    void aCountyTemplateAndLastYearsReportBesideTheFileAreUsed() throws Exception {
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(Path.of("examples", name), dir.resolve(name));
        }
        Path report = dir.resolve("yunxi-2021.nianbao");
        String uri = report.toUri().toString();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        String row = "上年结转        1       0         0         0             0             0     1";
        int line = Example.lineStartingWith(text, row);
        try (LspSession session = LspSession.start()) {
            session.open(uri, 1, text);
            // Clean: the template qingshan-county.nbt resolves beside the report, section 七 is known.
            assertEquals(List.of(), session.client.diagnostics(uri, 1).getDiagnostics());

            // 上年结转 of 自然人 becomes 2 while last year (yunxi-2020, found beside it) carried 1 forward.
            int cell = row.indexOf('1');
            session.change(uri, 2, LspSession.range(line, cell, cell + 1), "2");
            PublishDiagnosticsParams p = session.client.diagnostics(uri, 2);
            List<String> codes = p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).sorted().toList();
            assertTrue(codes.contains("carry.applications"), codes.toString());
        }
    }

    @Test
    void anUnsavedDocumentUsesTheBuiltInTemplates() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open("untitled:Untitled-1", 1, Example.text());
            assertEquals(List.of(), session.client.diagnostics("untitled:Untitled-1", 1).getDiagnostics());
        }
    }
}
