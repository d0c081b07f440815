package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class QuickFixTest {

    @Test
    void theFixOfAWrongTotalComesFromTheDiagnosticAndResolvesIt() throws Exception {
        String text = Example.text();
        org.eclipse.lsp4j.Range total = Example.newApplicationsTotal(text);
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.change(Example.URI, 2, total, "7");
            Diagnostic broken = DiagnosticsTest.balance(session.client.diagnostics(Example.URI, 2).getDiagnostics());

            List<CodeAction> actions = codeActions(session, broken, null);
            assertEquals(1, actions.size(), actions.toString());
            CodeAction fix = actions.get(0);
            assertEquals(CodeActionKind.QuickFix, fix.getKind());
            assertTrue(fix.getTitle().startsWith("改为 0"), fix.getTitle());
            assertEquals(List.of(broken), fix.getDiagnostics());
            List<TextEdit> edits = fix.getEdit().getChanges().get(Example.URI);
            assertEquals(List.of(new TextEdit(total, "0")), edits);

            session.change(Example.URI, 3, edits.get(0).getRange(), edits.get(0).getNewText());
            assertEquals(List.of(), session.client.diagnostics(Example.URI, 3).getDiagnostics());
        }
    }

    @Test
    void twoDiagnosticsWithTheSameFixGetOneAction() throws Exception {
        String text = Example.text();
        org.eclipse.lsp4j.Range total = Example.newApplicationsTotal(text);
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.change(Example.URI, 2, total, "7");
            List<Diagnostic> atTotal = session.client.diagnostics(Example.URI, 2).getDiagnostics().stream()
                    .filter(d -> d.getRange().equals(total)).toList();
            assertEquals(2, atTotal.size(), "the row rule and the column rule both blame the total");

            CodeActionContext context = new CodeActionContext(atTotal);
            List<CodeAction> actions = session.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(Example.URI), atTotal.get(0).getRange(), context))
                    .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
            assertEquals(1, actions.size(), actions.toString());
            assertEquals(atTotal, actions.get(0).getDiagnostics());
        }
    }

    @Test
    void onlyQuickFixesAndOnlyOurDiagnostics() throws Exception {
        String text = Example.text();
        org.eclipse.lsp4j.Range total = Example.newApplicationsTotal(text);
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.change(Example.URI, 2, total, "7");
            Diagnostic broken = DiagnosticsTest.balance(session.client.diagnostics(Example.URI, 2).getDiagnostics());

            assertEquals(List.of(), codeActions(session, broken, List.of(CodeActionKind.Refactor)));
            assertEquals(1, codeActions(session, broken, List.of(CodeActionKind.QuickFix)).size());
            broken.setSource("another-linter");
            assertEquals(List.of(), codeActions(session, broken, null));
        }
    }

    static List<CodeAction> codeActions(LspSession session, Diagnostic d, List<String> only) throws Exception {
        CodeActionContext context = new CodeActionContext(List.of(d));
        context.setOnly(only);
        var result = session.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(Example.URI), d.getRange(), context))
                .get(30, TimeUnit.SECONDS);
        return result.stream().map(Either::getRight).toList();
    }
}
