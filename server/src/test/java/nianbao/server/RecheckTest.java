package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open reports are checked again, without being edited, when what they depend on changes: the
 * county template or last year's report on disk (workspace/didChangeWatchedFiles), or the
 * template path setting (workspace/didChangeConfiguration).
 */
class RecheckTest {

    @TempDir
    Path dir;

    private String openYunxi(LspSession session) throws Exception {
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(Path.of("examples", name), dir.resolve(name));
        }
        Path report = dir.resolve("yunxi-2021.nianbao");
        String uri = report.toUri().toString();
        session.open(uri, 1, Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(List.of(), session.client.diagnostics(uri, 1).getDiagnostics());
        return uri;
    }

    /** Rewrites a file, its modification time moved on so that no cache can take it for the old one. */
    private static void rewrite(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    private static void changed(LspSession session, Path file) {
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), FileChangeType.Changed))));
    }

    /** The next publication for the document after the ones already seen, with the same version. */
    private static PublishDiagnosticsParams next(LspSession session, String uri, int seen) {
        // counted, not compared: a publication equal to an earlier one is still a new one
        session.client.diagnostics(uri, p -> session.client.published(uri).size() > seen,
                "a publication after the first " + seen);
        return session.client.published(uri).get(seen);
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).sorted().toList();
    }

    @Test
    void lastYearsReportChangingOnDiskChecksTheOpenReportAgain() throws Exception {
        try (LspSession session = LspSession.start()) {
            String uri = openYunxi(session);
            int seen = session.client.published(uri).size();
            // last year carried 2 forward for 自然人, this year says 1 came over
            rewrite(dir.resolve("yunxi-2020.nianbao"), "结转下年度      1       0         0         0             0             0     1",
                    "结转下年度      2       0         0         0             0             0     2");
            changed(session, dir.resolve("yunxi-2020.nianbao"));
            PublishDiagnosticsParams p = next(session, uri, seen);
            assertEquals(1, p.getVersion());
            assertTrue(codes(p).contains("carry.applications"), codes(p).toString());
        }
    }

    @Test
    void theCountyTemplateChangingOnDiskChecksTheOpenReportAgain() throws Exception {
        try (LspSession session = LspSession.start()) {
            String uri = openYunxi(session);
            int seen = session.client.published(uri).size();
            // the county's rule for its own table loses a term: the report's 合计 no longer adds up
            String rule = "total = policies + news + interpretation";
            rewrite(dir.resolve("qingshan-county.nbt"), rule, "total = policies + news");
            changed(session, dir.resolve("qingshan-county.nbt"));
            PublishDiagnosticsParams p = next(session, uri, seen);
            assertTrue(codes(p).contains("local.column-total"), codes(p).toString());
            // and back: clean again
            int seen2 = session.client.published(uri).size();
            rewrite(dir.resolve("qingshan-county.nbt"), "total = policies + news", rule);
            changed(session, dir.resolve("qingshan-county.nbt"));
            assertEquals(List.of(), next(session, uri, seen2).getDiagnostics());
        }
    }

    @Test
    void aChangeToAnUnrelatedFileChecksNothing() throws Exception {
        try (LspSession session = LspSession.start()) {
            String uri = openYunxi(session);
            int seen = session.client.published(uri).size();
            session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(dir.resolve("notes.txt").toUri().toString(), FileChangeType.Created))));
            // a later configuration change proves the server has handled the file event by then
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
            next(session, uri, seen);
            assertEquals(seen + 1, session.client.published(uri).size());
        }
    }

    @Test
    void theTemplatePathSettingChangingChecksTheOpenReportAgain() throws Exception {
        // a report names a template that is only in a folder of the template path
        Path templates = Files.createDirectories(dir.resolve("county-templates"));
        Files.copy(Path.of("examples", "qingshan-county.nbt"), templates.resolve("qingshan-county.nbt"));
        Files.copy(Path.of("examples", "yunxi-2020.nianbao"), dir.resolve("yunxi-2020.nianbao"));
        Path report = dir.resolve("yunxi-2021.nianbao");
        Files.writeString(report, Files.readString(Path.of("examples", "yunxi-2021.nianbao"), StandardCharsets.UTF_8)
                .replace("模板：qingshan-county.nbt", "模板：qingshan-county"), StandardCharsets.UTF_8);
        String uri = report.toUri().toString();
        var workspace = new org.eclipse.lsp4j.WorkspaceFolder(dir.toUri().toString(), "ws");
        try (LspSession session = LspSession.start(new org.eclipse.lsp4j.ClientCapabilities(), null, List.of(workspace))) {
            session.open(uri, 1, Files.readString(report, StandardCharsets.UTF_8));
            assertTrue(codes(session.client.diagnostics(uri, 1)).contains("header.unknown-template"),
                    codes(session.client.diagnostics(uri, 1)).toString());
            int seen = session.client.published(uri).size();
            JsonObject nianbao = new JsonObject();
            JsonArray path = new JsonArray();
            path.add("county-templates"); // relative: the workspace's folder
            nianbao.add("templatePath", path);
            JsonObject settings = new JsonObject();
            settings.add("nianbao", nianbao);
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            assertEquals(List.of(), next(session, uri, seen).getDiagnostics());
        }
    }

    @Test
    void aClientThatCanWatchFilesIsAskedToWatchTemplatesAndReports() throws Exception {
        var caps = new org.eclipse.lsp4j.ClientCapabilities();
        var ws = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
        ws.setDidChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities(true));
        caps.setWorkspace(ws);
        try (LspSession session = LspSession.start(caps)) {
            var registration = session.client.registration("workspace/didChangeWatchedFiles");
            String options = registration.getRegisterOptions().toString();
            assertTrue(options.contains("**/*.nbt") && options.contains("**/*.nianbao"), options);
        }
        try (LspSession session = LspSession.start()) {
            assertEquals(List.of(), session.client.registrations());
        }
    }
}
