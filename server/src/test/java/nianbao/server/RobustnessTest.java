package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    private static final String NOT_OPEN = "file:///work/never-opened.nianbao";

    @Test
    void aRequestForADocumentThatIsNotOpenGetsAnEmptyAnswer() throws Exception {
        try (LspSession session = LspSession.start()) {
            assertEquals("", session.server.render(new RenderParams(NOT_OPEN, "html")).get(30, TimeUnit.SECONDS).getContent());
            Diagnostic d = new Diagnostic(LspSession.range(0, 0, 1), "x", null, "nianbao", "balance.row-total");
            var actions = session.server.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(
                    new org.eclipse.lsp4j.TextDocumentIdentifier(NOT_OPEN), d.getRange(),
                    new org.eclipse.lsp4j.CodeActionContext(List.of(d)))).get(30, TimeUnit.SECONDS);
            assertEquals(List.of(), actions);

            session.open(Example.URI, 1, Example.text());
            assertTrue(RenderTest.render(session, "html").contains("总体情况"), "the server keeps serving");
        }
    }

    @Test
    void aFailingAnalysisIsLoggedAndTheServerKeepsServing() throws Exception {
        Analyzer real = new Analyzer();
        try (LspSession session = LspSession.start(text -> failIfAsked(real, text))) {
            String text = Example.text();
            session.open(Example.URI, 1, text + "// 请失败\n");
            session.client.loggedError("injected failure");
            assertEquals("", RenderTest.render(session, "html"));
            session.client.loggedError("render failed");

            session.replaceAll(Example.URI, 2, text);
            assertEquals(List.of(), session.client.diagnostics(Example.URI, 2).getDiagnostics());
            assertTrue(RenderTest.render(session, "html").contains("总体情况"));
            assertTrue(session.client.published(Example.URI).stream().noneMatch(p -> p.getVersion() == 1),
                    "nothing is published for the version that failed");
        }
    }

    @Test
    void malformedFixDataIsLoggedAndTheNextCodeActionWorks() throws Exception {
        String text = Example.text();
        org.eclipse.lsp4j.Range total = Example.newApplicationsTotal(text);
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.change(Example.URI, 2, total, "7");
            Diagnostic broken = DiagnosticsTest.balance(session.client.diagnostics(Example.URI, 2).getDiagnostics());
            Object goodData = broken.getData();

            broken.setData(JsonParser.parseString("{\"fixes\": [{\"title\": 5, \"edits\": \"none\"}]}"));
            assertEquals(List.of(), QuickFixTest.codeActions(session, broken, null));
            session.client.loggedError("codeAction failed");

            broken.setData(goodData);
            assertEquals(1, QuickFixTest.codeActions(session, broken, null).size());
        }
    }

    @Test
    void closingTheInputEndsTheServer() throws Exception {
        LspSession session = LspSession.start();
        session.open(Example.URI, 1, Example.text());
        session.client.diagnostics(Example.URI, 1);
        assertEquals(0, session.disconnect().get(30, TimeUnit.SECONDS));
        session.close();
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        LspSession session = LspSession.start();
        session.server.exit();
        assertEquals(1, session.exitCode().get(30, TimeUnit.SECONDS));
        session.close();
    }

    private static Analysis failIfAsked(Analyzer real, String text) {
        if (text.contains("请失败")) {
            throw new IllegalStateException("injected failure");
        }
        return real.analyze(text);
    }
}
