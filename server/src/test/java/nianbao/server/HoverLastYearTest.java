package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over a real LSP connection: hover on a cell shows last year's value when last year's report is beside it. */
class HoverLastYearTest {

    @TempDir
    Path dir;

    @Test
    void hoverOnACellShowsLastYearsValueFromTheReportBesideIt() throws Exception {
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(Path.of("examples", name), dir.resolve(name));
        }
        Path report = dir.resolve("yunxi-2021.nianbao");
        String uri = report.toUri().toString();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        int line = Example.lineStartingWith(text, "行政许可");
        int cell = text.lines().toList().get(line).indexOf("41");
        try (LspSession session = LspSession.start()) {
            session.open(uri, 1, text);
            session.client.diagnostics(uri, 1);
            var hover = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, cell))).get(30, TimeUnit.SECONDS);
            String md = hover.getContents().getRight().getValue();
            assertTrue(md.contains("上年（yunxi-2020.nianbao）：35，本年增加 6"), md);

            // An unsaved document has no last year's report: no such line.
            session.open("untitled:Untitled-1", 1, text);
            var unsaved = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier("untitled:Untitled-1"), new Position(line, cell))).get(30, TimeUnit.SECONDS);
            assertFalse(unsaved.getContents().getRight().getValue().contains("上年（"), unsaved.getContents().getRight().getValue());
        }
    }
}
