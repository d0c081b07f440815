package nianbao.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions for the diagnostics a client sends back: the fixes travel in each diagnostic's
 * {@code data}, put there when the checks ran, so nothing is checked again here.
 */
final class QuickFixes {

    private QuickFixes() {
    }

    static List<Either<Command, CodeAction>> of(CodeActionParams params) {
        List<String> only = params.getContext().getOnly();
        if (only != null && !only.isEmpty() && only.stream().noneMatch(k -> CodeActionKind.QuickFix.startsWith(k))) {
            return List.of();
        }
        String uri = params.getTextDocument().getUri();
        // Two rules that blame the same cell propose the same edit: offer it once, for both.
        Map<List<TextEdit>, CodeAction> byEdits = new LinkedHashMap<>();
        for (Diagnostic d : params.getContext().getDiagnostics()) {
            if (!LspTypes.SOURCE.equals(d.getSource())) {
                continue;
            }
            List<LspTypes.QuickFix> fixes = LspTypes.fixes(d.getData());
            for (LspTypes.QuickFix fix : fixes) {
                CodeAction same = byEdits.get(fix.edits());
                if (same != null) {
                    same.getDiagnostics().add(d);
                    continue;
                }
                CodeAction action = new CodeAction(fix.title());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(new ArrayList<>(List.of(d)));
                action.setEdit(new WorkspaceEdit(Map.of(uri, fix.edits())));
                action.setIsPreferred(fixes.size() == 1);
                byEdits.put(fix.edits(), action);
            }
        }
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        byEdits.values().forEach(a -> out.add(Either.forRight(a)));
        return out;
    }
}
