package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features that show the consistency rules (勾稽关系) in the editor, through the protocol. */
class RuleFeaturesTest {

    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(Example.URI);

    @Test
    void theServerAnnouncesTheRuleFeatures() throws Exception {
        try (LspSession session = LspSession.start()) {
            var caps = session.initialized.getCapabilities();
            assertTrue(caps.getDocumentHighlightProvider().getLeft());
            assertFalse(caps.getCodeLensProvider().getResolveProvider());
            assertFalse(caps.getDocumentLinkProvider().getResolveProvider());
            assertTrue(caps.getSelectionRangeProvider().getLeft());
        }
    }

    @Test
    void aTotalHighlightsItselfAsWrittenAndTheCellsOfItsRulesAsRead() throws Exception {
        String text = Example.text();
        Range total = Example.newApplicationsTotal(text);
        try (LspSession session = LspSession.opened(text)) {
            // on the middle of the cell, as a click puts the caret
            List<? extends DocumentHighlight> found = session.docs()
                    .documentHighlight(new DocumentHighlightParams(DOC, total.getStart())).get(30, TimeUnit.SECONDS);
            List<? extends DocumentHighlight> written = found.stream()
                    .filter(h -> h.getKind() == DocumentHighlightKind.Write).toList();
            assertEquals(List.of(total), written.stream().map(DocumentHighlight::getRange).toList(), found.toString());
            int line = total.getStart().getLine();
            long inRow = found.stream().filter(h -> h.getKind() == DocumentHighlightKind.Read
                    && h.getRange().getStart().getLine() == line).count();
            assertEquals(6, inRow, found.toString());
            assertTrue(found.stream().anyMatch(h -> h.getRange().getStart().getLine() == line + 1), "上年结转: " + found);
        }
    }

    @Test
    void aRowLabelHighlightsItsCellsAndProseNothing() throws Exception {
        String text = Example.text();
        int line = Example.lineStartingWith(text, "上年结转");
        try (LspSession session = LspSession.opened(text)) {
            List<? extends DocumentHighlight> found = session.docs()
                    .documentHighlight(new DocumentHighlightParams(DOC, new Position(line, 1))).get(30, TimeUnit.SECONDS);
            assertEquals(7, found.size(), found.toString());
            assertTrue(found.stream().allMatch(h -> h.getKind() == DocumentHighlightKind.Text
                    && h.getRange().getStart().getLine() == line));
            int prose = Example.lineStartingWith(text, "# 一、");
            assertEquals(List.of(), session.docs()
                    .documentHighlight(new DocumentHighlightParams(DOC, new Position(prose, 3))).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aLensAboveEachTableCountsItsRulesAndFollowsEdits() throws Exception {
        String text = Example.text();
        int head = Example.lineStartingWith(text, "[申请处理]");
        try (LspSession session = LspSession.opened(text)) {
            CodeLens before = lensOn(session, head);
            assertTrue(before.getCommand().getTitle().matches("勾稽关系 \\d+ 条全部成立"), before.toString());
            assertEquals("", before.getCommand().getCommand());
            session.change(Example.URI, 2, Example.newApplicationsTotal(text), "7");
            long broken = session.client.diagnostics(Example.URI, 2).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().startsWith("balance.")).count();
            assertTrue(broken > 0);
            CodeLens after = lensOn(session, head);
            assertTrue(after.getCommand().getTitle().startsWith("勾稽关系 " + broken + " 条不成立"), after.toString());
        }
    }

    @Test
    void theTemplateFileAndLastYearsReportInTheHeaderAreLinks(@TempDir Path dir) throws Exception {
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(Path.of("examples", name), dir.resolve(name));
        }
        Path report = dir.resolve("yunxi-2021.nianbao");
        String uri = report.toUri().toString();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        try (LspSession session = LspSession.start(new ClientCapabilities(), null,
                List.of(new WorkspaceFolder(dir.toUri().toString(), "reports")))) {
            session.open(uri, 1, text);
            TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
            List<DocumentLink> links = session.docs().documentLink(new DocumentLinkParams(doc)).get(30, TimeUnit.SECONDS);
            assertEquals(List.of(dir.resolve("qingshan-county.nbt").toUri().toString(),
                    dir.resolve("yunxi-2020.nianbao").toUri().toString()),
                    links.stream().map(DocumentLink::getTarget).toList(), links.toString());
            int line = Example.lineStartingWith(text, "上年报告：");
            assertEquals(LspSession.range(line, "上年报告：".length(), "上年报告：yunxi-2020.nianbao".length()),
                    links.get(1).getRange());
            Files.delete(dir.resolve("yunxi-2020.nianbao"));
            session.change(uri, 2, LspSession.range(line, "上年报告：yunxi-2020".length(), "上年报告：yunxi-2020".length()), " ");
            session.client.diagnostics(uri, 2);
            List<DocumentLink> after = session.docs().documentLink(new DocumentLinkParams(doc)).get(30, TimeUnit.SECONDS);
            assertEquals(1, after.size(), after.toString());
        }
    }

    @Test
    void selectionGrowsFromACellToItsRowTableSectionAndTheDocument() throws Exception {
        String text = Example.text();
        Range total = Example.newApplicationsTotal(text);
        int prose = Example.lineStartingWith(text, "# 一、");
        try (LspSession session = LspSession.opened(text)) {
            List<SelectionRange> found = session.docs().selectionRange(new SelectionRangeParams(DOC,
                    List.of(total.getStart(), new Position(prose + 1, 2)))).get(30, TimeUnit.SECONDS);
            assertEquals(2, found.size());
            List<Range> chain = new java.util.ArrayList<>();
            for (SelectionRange s = found.get(0); s != null; s = s.getParent()) {
                chain.add(s.getRange());
            }
            assertEquals(5, chain.size(), chain.toString());
            assertEquals(total, chain.get(0));
            assertEquals(total.getStart().getLine(), chain.get(1).getStart().getLine());
            assertEquals(Example.lineStartingWith(text, "[申请处理]"), chain.get(2).getStart().getLine());
            assertEquals(Example.lineStartingWith(text, "# 三、"), chain.get(3).getStart().getLine());
            assertEquals(new Position(0, 0), chain.get(4).getStart());
            assertEquals(prose + 1, found.get(1).getRange().getStart().getLine(), found.get(1).toString());
        }
    }

    private static CodeLens lensOn(LspSession session, int line) throws Exception {
        List<? extends CodeLens> lenses = session.docs().codeLens(new CodeLensParams(DOC)).get(30, TimeUnit.SECONDS);
        return lenses.stream().filter(l -> l.getRange().getStart().getLine() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no lens on line " + line + ": " + lenses));
    }
}
