package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a real LSP connection: a report on the example county template that lacks a statement the
 * template requires gets the warning on its section heading, and hover there lists the requirements.
 */
class LocalRequirementsTest {

    @TempDir
    Path dir;

    @Test
    void aLocalRequirementIsAWarningOnTheHeadingAndHoverNamesIt() throws Exception {
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(Path.of("examples", name), dir.resolve(name));
        }
        Path report = dir.resolve("yunxi-2021.nianbao");
        String uri = report.toUri().toString();
        String text = Files.readString(report, StandardCharsets.UTF_8).replace("、政策解读25条。", "。");
        int heading = Example.lineStartingWith(text, "# 一、总体情况");
        try (LspSession session = LspSession.start()) {
            session.open(uri, 1, text);
            List<Diagnostic> found = session.client.diagnostics(uri, 1).getDiagnostics();
            assertEquals(1, found.size(), found::toString);
            Diagnostic d = found.get(0);
            assertEquals("local.required-statement", d.getCode().getLeft());
            assertEquals(DiagnosticSeverity.Warning, d.getSeverity());
            assertEquals(new Position(heading, 2), d.getRange().getStart());
            assertTrue(d.getMessage().getLeft().startsWith("“总体情况”没有写明全年发布政策解读的数量"), d.getMessage()::toString);

            var hover = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(heading, 4))).get(30, TimeUnit.SECONDS);
            String md = hover.getContents().getRight().getValue();
            assertTrue(md.contains("本地要求：") && md.contains("正文不超过 1,500 字"), md);
        }
    }
}
