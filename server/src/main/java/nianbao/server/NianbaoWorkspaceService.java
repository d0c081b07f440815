package nianbao.server;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Workspace notifications: the settings say where templates are; a template file or a report
 * changing on disk (a county template edited, last year's report saved) can change what the open
 * reports say. Either way every open document is checked again.
 */
final class NianbaoWorkspaceService implements WorkspaceService {

    private final Workspace workspace;
    private final Runnable recheck;

    /** @param recheck analyses every open document again and publishes its diagnostics */
    NianbaoWorkspaceService(Workspace workspace, Runnable recheck) {
        this.workspace = workspace;
        this.recheck = recheck;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        workspace.settings(params.getSettings());
        recheck.run();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges() != null && params.getChanges().stream().map(FileEvent::getUri).anyMatch(
                u -> u != null && (u.endsWith(".nbt") || u.endsWith(".nianbao")))) {
            recheck.run();
        }
    }
}
