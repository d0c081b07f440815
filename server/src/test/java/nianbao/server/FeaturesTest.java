package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.core.Analyzer;
import nianbao.core.features.Completion;
import nianbao.core.features.SemanticTokens;
import nianbao.core.features.Snippets;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/** Each editor feature through the protocol: core computes, the server converts. */
class FeaturesTest {

    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(Example.URI);

    @Test
    void completionAtTheStartOfARowOffersTheRowsOfItsTable() throws Exception {
        String text = Example.text();
        int row = Example.lineStartingWith(text, "上年结转");
        try (LspSession session = LspSession.opened(text)) {
            List<CompletionItem> items = completion(session, new Position(row, 0));
            CompletionItem item = items.stream().filter(i -> i.getLabel().equals("上年结转"))
                    .findFirst().orElseThrow(() -> new AssertionError(labels(items)));
            TextEdit edit = item.getTextEdit().getLeft();
            assertEquals("上年结转", edit.getNewText());
            assertEquals(LspSession.range(row, 0, 4), edit.getRange());
            assertTrue(item.getFilterText().contains("shangnianjiezhuan"), item.getFilterText());
        }
    }

    @Test
    void aGroupOfRowsAsksTheEditorToCompleteAgainWhenTheClientSaysHow() throws Exception {
        String text = Example.text();
        int row = Example.lineStartingWith(text, "国家秘密");
        String withoutRow = text.replace(text.lines().toList().get(row) + "\n", "\n");
        var options = new com.google.gson.JsonObject();
        options.addProperty("completionRetrigger", "editor.action.triggerSuggest");
        try (LspSession session = LspSession.start(new org.eclipse.lsp4j.ClientCapabilities(), options)) {
            session.open(Example.URI, 1, withoutRow);
            List<CompletionItem> items = completion(session, new Position(row, 0));
            CompletionItem group = items.stream().filter(i -> i.getLabel().equals("不予公开")).findFirst()
                    .orElseThrow(() -> new AssertionError(labels(items)));
            assertEquals("editor.action.triggerSuggest", group.getCommand().getCommand());
            assertTrue(group.getFilterText().contains("bygk"), group.getFilterText());
            assertEquals("不予公开", group.getTextEdit().getLeft().getNewText());
            // the editor then asks with the group's name typed: the group's rows come back
            session.change(Example.URI, 2, LspSession.range(row, 0, 0), "不予公开");
            List<CompletionItem> rows = completion(session, new Position(row, 4));
            assertEquals(List.of("属于国家秘密"), labels(rows));
            // no snippet support announced: the row comes as plain text with its cells
            String inserted = rows.get(0).getTextEdit().getLeft().getNewText();
            assertTrue(inserted.startsWith("属于国家秘密") && inserted.strip().endsWith("0"), inserted);
            assertEquals(8, inserted.strip().split("\\s+").length, inserted);
        }
        try (LspSession session = LspSession.opened(withoutRow)) {
            CompletionItem group = completion(session, new Position(row, 0)).stream()
                    .filter(i -> i.getLabel().equals("不予公开")).findFirst().orElseThrow();
            // a client that named no command (Neovim, Emacs) gets none to run
            assertEquals(null, group.getCommand());
        }
    }

    @Test
    void theWholeReportSnippetInABlankDocumentReplacesTheBlankLines() throws Exception {
        String text = "\n\n\n";
        try (LspSession session = LspSession.opened(text)) {
            List<CompletionItem> items = completion(session, new Position(1, 0));
            CompletionItem report = items.stream().filter(i -> i.getLabel().contains("national-2021")).findFirst()
                    .orElseThrow(() -> new AssertionError(labels(items)));
            // this client did not announce snippet support: the plain text the snippet stands for
            assertEquals(InsertTextFormat.PlainText, report.getInsertTextFormat());
            TextEdit main = report.getTextEdit().getLeft();
            assertEquals(1, main.getRange().getStart().getLine());
            assertEquals(1, main.getRange().getEnd().getLine());
            List<TextEdit> all = new ArrayList<>(report.getAdditionalTextEdits());
            all.add(main);
            var core = Completion.at(new Analyzer().analyze(text), new nianbao.syntax.Position(1, 0)).stream()
                    .filter(c -> c.label().equals(report.getLabel())).findFirst().orElseThrow();
            String expected = nianbao.core.features.TextEdits.apply(text,
                    List.of(new nianbao.core.diagnostic.Diagnostic.Edit(core.range(), Snippets.plainText(core.insertText()))));
            assertEquals(expected, Edits.apply(text, all));
        }
    }

    @Test
    void aClientThatExpandsSnippetsGetsTheSnippet() throws Exception {
        var item = new org.eclipse.lsp4j.CompletionItemCapabilities(true);
        var text = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
        text.setCompletion(new org.eclipse.lsp4j.CompletionCapabilities(item));
        var caps = new org.eclipse.lsp4j.ClientCapabilities();
        caps.setTextDocument(text);
        try (LspSession session = LspSession.start(caps)) {
            session.open(Example.URI, 1, "\n");
            CompletionItem report = completion(session, new Position(0, 0)).stream()
                    .filter(i -> i.getLabel().contains("national-2021")).findFirst().orElseThrow();
            assertEquals(InsertTextFormat.Snippet, report.getInsertTextFormat());
            assertTrue(report.getTextEdit().getLeft().getNewText().contains("$1"), report.getTextEdit().getLeft().getNewText());
        }
    }

    @Test
    void hoverOnARowNameShowsItsLabelAndRules() throws Exception {
        String text = Example.text();
        int row = Example.lineStartingWith(text, "上年结转");
        try (LspSession session = LspSession.opened(text)) {
            var hover = session.docs().hover(new HoverParams(DOC, new Position(row, 1))).get(30, TimeUnit.SECONDS);
            assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
            String md = hover.getContents().getRight().getValue();
            assertTrue(md.contains("二、上年结转政府信息公开申请数量") && md.contains("勾稽关系"), md);
            assertEquals(LspSession.range(row, 0, 4), hover.getRange());
            assertEquals(null, session.docs().hover(new HoverParams(DOC, new Position(0, 0))).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void definitionOfARowIsItsLineInTheTemplateFile() throws Exception {
        String text = Example.text();
        int row = Example.lineStartingWith(text, "上年结转");
        try (LspSession session = LspSession.opened(text)) {
            List<? extends Location> found = session.docs().definition(new DefinitionParams(DOC, new Position(row, 1)))
                    .get(30, TimeUnit.SECONDS).getLeft();
            assertEquals(1, found.size());
            Location at = found.get(0);
            assertTrue(at.getUri().endsWith("national-2021.nbt"), at.getUri());
            List<String> template = Files.readAllLines(Path.of(java.net.URI.create(at.getUri())), StandardCharsets.UTF_8);
            assertTrue(template.get(at.getRange().getStart().getLine()).contains("二、上年结转政府信息公开申请数量"));
        }
    }

    @Test
    void outlineIsSectionsThenTablesThenRows() throws Exception {
        try (LspSession session = LspSession.opened(Example.text())) {
            List<DocumentSymbol> symbols = session.docs().documentSymbol(new DocumentSymbolParams(DOC)).get(30, TimeUnit.SECONDS)
                    .stream().map(Either::getRight).toList();
            DocumentSymbol section = symbols.stream().filter(s -> s.getName().contains("收到和处理政府信息公开申请情况"))
                    .findFirst().orElseThrow(() -> new AssertionError(symbols.stream().map(DocumentSymbol::getName).toList()));
            assertEquals(SymbolKind.Module, section.getKind());
            DocumentSymbol table = section.getChildren().get(0);
            assertEquals(SymbolKind.Struct, table.getKind());
            assertTrue(table.getChildren().stream().anyMatch(r -> r.getName().contains("上年结转")));
            assertTrue(symbols.stream().allMatch(s -> !s.getName().isBlank()));
        }
    }

    @Test
    void foldingRangesAreWholeLines() throws Exception {
        String text = Example.text();
        try (LspSession session = LspSession.opened(text)) {
            var folds = session.docs().foldingRange(new FoldingRangeRequestParams(DOC)).get(30, TimeUnit.SECONDS);
            assertFalse(folds.isEmpty());
            int table = Example.lineStartingWith(text, "[申请处理]");
            assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == table && f.getEndLine() > table), folds.toString());
        }
    }

    @Test
    void formattingIsIdempotentAndKeepsEveryNonSpaceCharacter() throws Exception {
        String text = Example.text();
        try (LspSession session = LspSession.opened(text)) {
            var edits = session.docs().formatting(new DocumentFormattingParams(DOC, new FormattingOptions(4, true)))
                    .get(30, TimeUnit.SECONDS);
            assertFalse(edits.isEmpty(), "the example's tables are not aligned");
            String formatted = Edits.apply(text, edits);
            assertEquals(text.replaceAll("\\s", ""), formatted.replaceAll("\\s", ""));
            session.replaceAll(Example.URI, 2, formatted);
            assertEquals(List.of(), session.client.diagnostics(Example.URI, 2).getDiagnostics());
            var again = session.docs().formatting(new DocumentFormattingParams(DOC, new FormattingOptions(4, true)))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(formatted, Edits.apply(formatted, again));
        }
    }

    @Test
    void semanticTokensUseTheAnnouncedLegend() throws Exception {
        try (LspSession session = LspSession.opened(Example.text())) {
            var legend = session.initialized.getCapabilities().getSemanticTokensProvider().getLegend();
            assertEquals(SemanticTokens.LEGEND, legend.getTokenTypes());
            List<Integer> data = session.docs().semanticTokensFull(new SemanticTokensParams(DOC)).get(30, TimeUnit.SECONDS).getData();
            assertFalse(data.isEmpty());
            assertEquals(0, data.size() % 5);
            for (int i = 3; i < data.size(); i += 5) {
                assertTrue(data.get(i) < legend.getTokenTypes().size());
            }
        }
    }

    @Test
    void anInlayHintSaysWhatTheWrongTotalShouldBe() throws Exception {
        String text = Example.text();
        Range total = Example.newApplicationsTotal(text);
        try (LspSession session = LspSession.opened(text)) {
            Range everything = new Range(new Position(0, 0), new Position(200, 0));
            assertEquals(List.of(), session.docs().inlayHint(new InlayHintParams(DOC, everything)).get(30, TimeUnit.SECONDS));
            session.change(Example.URI, 2, total, "7");
            List<InlayHint> hints = session.docs().inlayHint(new InlayHintParams(DOC, everything)).get(30, TimeUnit.SECONDS);
            assertEquals(1, hints.size(), hints.toString());
            assertEquals(total.getEnd(), hints.get(0).getPosition());
            assertEquals("应为 0", hints.get(0).getLabel().getLeft());
        }
    }

    @Test
    void aDocumentThatIsNotOpenGetsEmptyAnswersFromEveryFeature() throws Exception {
        TextDocumentIdentifier nowhere = new TextDocumentIdentifier("file:///work/not-open.nianbao");
        try (LspSession session = LspSession.start()) {
            TextDocumentService docs = session.docs();
            assertEquals(List.of(), docs.completion(new CompletionParams(nowhere, new Position(0, 0))).get(30, TimeUnit.SECONDS).getLeft());
            assertEquals(null, docs.hover(new HoverParams(nowhere, new Position(0, 0))).get(30, TimeUnit.SECONDS));
            assertEquals(List.of(), docs.documentSymbol(new DocumentSymbolParams(nowhere)).get(30, TimeUnit.SECONDS));
            assertEquals(List.of(), docs.formatting(new DocumentFormattingParams(nowhere, new FormattingOptions(4, true))).get(30, TimeUnit.SECONDS));
            assertNotNull(docs.semanticTokensFull(new SemanticTokensParams(nowhere)).get(30, TimeUnit.SECONDS));
        }
    }

    static List<CompletionItem> completion(LspSession session, Position at) throws Exception {
        return session.docs().completion(new CompletionParams(DOC, at)).get(30, TimeUnit.SECONDS).getLeft();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }
}
