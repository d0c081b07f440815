package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

class InitializeTest {

    @Test
    void announcesIncrementalSyncAndQuickFixes() throws Exception {
        try (LspSession session = LspSession.start()) {
            ServerCapabilities caps = session.initialized.getCapabilities();
            var sync = caps.getTextDocumentSync().getRight();
            assertEquals(TextDocumentSyncKind.Incremental, sync.getChange());
            assertTrue(sync.getOpenClose());
            assertEquals(java.util.List.of(CodeActionKind.QuickFix), caps.getCodeActionProvider().getRight().getCodeActionKinds());
            assertEquals("nianbao", session.initialized.getServerInfo().getName());
            assertEquals(java.util.List.of("#", "[", "【"), caps.getCompletionProvider().getTriggerCharacters());
            for (var provider : java.util.List.of(caps.getHoverProvider(), caps.getDefinitionProvider(), caps.getDocumentSymbolProvider(),
                    caps.getDocumentFormattingProvider(), caps.getDocumentRangeFormattingProvider())) {
                assertTrue(provider.getLeft(), provider.toString());
            }
            assertTrue(caps.getFoldingRangeProvider().getLeft());
            assertTrue(caps.getInlayHintProvider().getLeft());
            assertTrue(caps.getSemanticTokensProvider().getFull().getLeft());
        }
    }
}
