package nianbao.core;

import java.nio.file.Path;
import java.util.List;
import nianbao.core.check.CheckOptions;
import nianbao.core.model.FilePreviousReports;
import nianbao.core.template.FileTemplateResolver;
import org.jspecify.annotations.Nullable;

/**
 * Reports as files in a workspace: each is analyzed with templates resolved relative to it
 * (then along the template path, then the built-ins) and with last year's report beside it.
 * The CLI and the language server both analyze files through this, so they agree.
 */
public final class ReportFiles {

    private final Path root;
    private final FileTemplateResolver resolver;
    private final CheckOptions options;
    /**
     * For one run over many files (the CLI): each folder's reports read once and kept; null for
     * a long-lived user (the language server), which reads the folder afresh for every analysis
     * and so sees last year's report as soon as it is saved.
     */
    private final FilePreviousReports.@Nullable Folders folders;

    /**
     * @param root         the workspace: template and last-year references may not leave it
     * @param templatePath extra template directories
     */
    public ReportFiles(Path root, List<Path> templatePath, CheckOptions options) {
        this(root, templatePath, options, false);
    }

    private ReportFiles(Path root, List<Path> templatePath, CheckOptions options, boolean oneRun) {
        this.root = root.toAbsolutePath().normalize();
        this.resolver = new FileTemplateResolver(this.root, this.root, templatePath);
        this.options = options;
        this.folders = oneRun ? new FilePreviousReports.Folders() : null;
    }

    /**
     * Report files for one run over files that do not change while it lasts (the CLI): the
     * reports of each folder are read once to find last year's reports, not once per report
     * checked, which made checking a folder of n reports cost n² reads.
     */
    public static ReportFiles forOneRun(Path root, List<Path> templatePath, CheckOptions options) {
        return new ReportFiles(root, templatePath, options, true);
    }

    public Path root() {
        return root;
    }

    /** The resolver for references written in a file. */
    public FileTemplateResolver resolverFor(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return resolver.forReportDir(dir == null ? root : dir, rootOf(file));
    }

    /** Analyzes the text of a report file (the text may be newer than the file on disk). */
    public Analysis analyze(Path file, String text) {
        FileTemplateResolver r = resolverFor(file);
        return new Analyzer(r, options).analyze(text, new FilePreviousReports(file, rootOf(file), r,
                folders != null ? folders : new FilePreviousReports.Folders()));
    }

    /** Checks the text of a template file: its own problems (its bases' are summed up on 继承). */
    public nianbao.core.template.TemplateReader.Result analyzeTemplate(Path file, String text) {
        return resolverFor(file).readTemplate(file, text);
    }

    /** The workspace of a file: the root, or for a file outside it, the file's own directory. */
    Path rootOf(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(root) || f.getParent() == null ? root : f.getParent();
    }
}
