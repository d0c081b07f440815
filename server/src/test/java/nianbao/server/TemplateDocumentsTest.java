package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template files (.nbt) get their own diagnostics, outline, keyword completion and hover. */
class TemplateDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateFileIsCheckedAsATemplate() throws Exception {
        Path file = dir.resolve("county.nbt");
        String text = Files.readString(Path.of("examples", "qingshan-county.nbt"), StandardCharsets.UTF_8);
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        try (LspSession session = LspSession.start()) {
            session.open(uri, 1, text);
            assertEquals(List.of(), session.client.diagnostics(uri, 1).getDiagnostics());

            // A keyword misspelt on the last line: one diagnostic, at that word.
            int last = (int) text.lines().count();
            session.change(uri, 2, LspSession.range(last, 0, 0), "  表格 x y\n");
            PublishDiagnosticsParams p = session.client.diagnostics(uri, 2);
            assertEquals(1, p.getDiagnostics().size(), p.toString());
            assertEquals("template.unknown-keyword", p.getDiagnostics().get(0).getCode().getLeft());
            assertEquals(LspSession.range(last, 2, 4), p.getDiagnostics().get(0).getRange());

            var symbols = session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
            List<String> names = symbols.stream().map(e -> e.getRight().getName()).toList();
            assertTrue(names.contains("local-column"), names.toString());
            DocumentSymbol local = symbols.stream().map(e -> e.getRight()).filter(s -> s.getName().equals("local-column"))
                    .findFirst().orElseThrow();
            assertEquals("column-updates", local.getChildren().get(0).getName());

            var completion = session.server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(last, 2)))
                    .get(30, TimeUnit.SECONDS);
            List<String> keywords = completion.getLeft().stream().map(c -> c.getLabel()).toList();
            assertTrue(keywords.containsAll(List.of("章节", "表", "列", "行", "规则", "别名")), keywords.toString());

            int templateLine = Example.lineStartingWith(text, "模板 ");
            var hover = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(templateLine, 1))).get(30, TimeUnit.SECONDS);
            assertTrue(hover.getContents().getRight().getValue().contains("模板的标识"), hover.toString());
        }
    }

    /** In a rule's equation, the ids of the table it is under, inherited rows included, through JSON-RPC. */
    @Test
    void aRuleOffersTheIdsOfItsTable() throws Exception {
        Path file = dir.resolve("county.nbt");
        String text = Files.readString(Path.of("examples", "qingshan-county.nbt"), StandardCharsets.UTF_8)
                + "    规则 local.news-within 每列 警告：news = \n"
                + "\n章节 applications\n  表 applications\n    规则 local.results 每列：handled-total = \n";
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        List<String> lines = text.lines().toList();
        try (LspSession session = LspSession.start()) {
            session.open(uri, 1, text);
            int own = lines.indexOf("    规则 local.news-within 每列 警告：news = ");
            List<String> local = labels(session, uri, new Position(own, lines.get(own).length()));
            assertEquals(List.of("policies", "news", "interpretation", "total", "上年."), local);

            int reopened = lines.size() - 1;
            List<String> inherited = labels(session, uri, new Position(reopened, lines.get(reopened).length()));
            assertTrue(inherited.containsAll(List.of("new", "carried-over", "disclosed", "withheld.*", "carry-forward")),
                    inherited.toString());
        }
    }

    /** Between a rule's id and its colon, the words the reader takes there, each with its meaning. */
    @Test
    void aRuleOffersItsWordsBeforeTheColon() throws Exception {
        Path file = dir.resolve("words.nbt");
        String text = Files.readString(Path.of("examples", "qingshan-county.nbt"), StandardCharsets.UTF_8)
                + "    规则 local.words 每列 ：news = policies\n";
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        List<String> lines = text.lines().toList();
        int line = lines.size() - 1;
        try (LspSession session = LspSession.start()) {
            session.open(uri, 1, text);
            var items = session.server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, lines.get(line).indexOf('：'))))
                    .get(30, TimeUnit.SECONDS).getLeft();
            assertEquals(List.of("警告"), items.stream().map(c -> c.getLabel()).toList(), "每列 is written; no second scope");
            assertEquals(nianbao.core.template.RuleWord.WARNING.meaning(), items.get(0).getDetail());
            assertEquals(List.of(), labels(session, uri, new Position(line, lines.get(line).indexOf(" 每列"))), "nothing for the id");
        }
    }

    private static List<String> labels(LspSession session, String uri, Position at) throws Exception {
        return session.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
                .get(30, TimeUnit.SECONDS).getLeft().stream().map(c -> c.getLabel()).toList();
    }
}
