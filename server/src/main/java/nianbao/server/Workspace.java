package nianbao.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.template.FileTemplateResolver;
import org.jspecify.annotations.Nullable;

/**
 * What the client's workspace says about where templates are: its root folder and the
 * {@code nianbao.templatePath} setting. A {@code file:} document is analyzed as a file in it
 * (templates relative to the report, last year's report beside it), exactly as
 * {@code nianbao check} analyzes it; an unsaved document with the built-in templates only.
 */
final class Workspace {

    private volatile ReportFiles files = new ReportFiles(Path.of("").toAbsolutePath(), FileTemplateResolver.pathFromEnvironment(),
            CheckOptions.DEFAULT);
    private final Analyzer unsaved = new Analyzer();

    Analysis analyze(String uri, String text) {
        Path file = path(uri);
        return file == null ? unsaved.analyze(text) : files.analyze(file, text);
    }

    /** Reads a template document: as a file of the workspace, or (unsaved) with the built-in bases. */
    nianbao.core.template.TemplateReader.Result readTemplate(String uri, String text) {
        Path file = path(uri);
        return files.analyzeTemplate(file != null ? file : files.root().resolve("untitled.nbt"), text);
    }

    /** The templates a document can name after 模板： (for completion). */
    nianbao.core.template.TemplateResolver templates(String uri) {
        Path file = path(uri);
        return file == null ? nianbao.core.template.TemplateResolver.builtIn() : files.resolverFor(file);
    }

    /** Called on initialize: the root folder and {@code initializationOptions.templatePath}. */
    void configure(String rootUri, Object initializationOptions) {
        Path root = rootUri == null ? null : path(rootUri);
        List<Path> templatePath = templatePath(initializationOptions);
        files = new ReportFiles(root != null ? root : files.root(), templatePath, CheckOptions.DEFAULT);
    }

    /** Called on workspace/didChangeConfiguration with {@code {nianbao: {templatePath: [...]}}}. */
    void settings(Object settings) {
        if (settings instanceof JsonObject o && o.get("nianbao") instanceof JsonObject n) {
            Path root = files.root();
            // the editor sends the setting as the user wrote it: relative folders are the workspace's
            List<Path> resolved = templatePath(n).stream().map(p -> p.isAbsolute() ? p : root.resolve(p)).toList();
            files = new ReportFiles(root, resolved, CheckOptions.DEFAULT);
        }
    }

    private static List<Path> templatePath(Object options) {
        List<Path> out = new ArrayList<>();
        if (options instanceof JsonObject o) {
            JsonElement value = o.get("templatePath");
            if (value instanceof JsonArray a) {
                for (JsonElement e : a) {
                    if (e.isJsonPrimitive() && !e.getAsString().isBlank()) {
                        out.add(Path.of(e.getAsString()));
                    }
                }
            } else if (value != null && value.isJsonPrimitive() && !value.getAsString().isBlank()) {
                for (String part : value.getAsString().split(java.io.File.pathSeparator)) {
                    if (!part.isBlank()) {
                        out.add(Path.of(part.strip()));
                    }
                }
            }
        }
        out.addAll(FileTemplateResolver.pathFromEnvironment());
        return out;
    }

    static @Nullable Path path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Path.of(u) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
