package nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.template.FileTemplateResolver;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Where templates and last year's reports are looked for: {@code --template-path} and {@code --root}. */
final class WorkspaceOptions {

    private static final String TEMPLATE_PATH = "template-path";
    private static final String ROOT = "root";

    private final List<Path> templatePath;
    private final Path root;

    private WorkspaceOptions(List<Path> templatePath, Path root) {
        this.templatePath = templatePath;
        this.root = root;
    }

    static Options addTo(Options options) {
        options.addOption(StandardOptions.valued(null, TEMPLATE_PATH, "DIR",
                "另外查找模板（NAME.nbt）的目录，可写多次；也可用环境变量 " + FileTemplateResolver.PATH_VARIABLE));
        options.addOption(StandardOptions.valued(null, ROOT, "DIR",
                "工作区目录（默认为当前目录）：报告引用的模板和上年报告不能在它之外"));
        return options;
    }

    static WorkspaceOptions of(CommandLine line) throws UsageError {
        List<Path> templatePath = new ArrayList<>();
        for (String directory : ParsedOptions.values(line, TEMPLATE_PATH)) {
            templatePath.add(Arguments.path(directory));
        }
        String root = ParsedOptions.value(line, ROOT);
        return new WorkspaceOptions(templatePath, root != null ? Arguments.path(root) : Path.of(""));
    }

    ReportFiles reportFiles(CheckOptions options) {
        return new ReportFiles(root, templatePath(), options);
    }

    /**
     * For commands that only read reports (check, compile): the files do not change while they
     * run, so each folder is read once to find last year's reports (see ReportFiles.forOneRun).
     */
    ReportFiles reportFilesReadOnly(CheckOptions options) {
        return ReportFiles.forOneRun(root, templatePath(), options);
    }

    private List<Path> templatePath() {
        List<Path> path = new ArrayList<>(templatePath);
        path.addAll(FileTemplateResolver.pathFromEnvironment());
        return path;
    }
}
