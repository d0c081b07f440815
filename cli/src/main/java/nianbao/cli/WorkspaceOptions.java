package nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.template.FileTemplateResolver;
import picocli.CommandLine.Option;

/** Where templates and last year's reports are looked for. */
final class WorkspaceOptions {

    @Option(names = "--template-path", paramLabel = "DIR",
            description = "另外查找模板（NAME.nbt）的目录，可写多次；也可用环境变量 " + FileTemplateResolver.PATH_VARIABLE)
    List<Path> templatePath = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR",
            description = "工作区目录（默认为当前目录）：报告引用的模板和上年报告不能在它之外")
    Path root;

    ReportFiles reportFiles(CheckOptions options) {
        return new ReportFiles(root(), templatePath(), options);
    }

    /**
     * For commands that only read reports (check, compile): the files do not change while they
     * run, so each folder is read once to find last year's reports (see ReportFiles.forOneRun).
     */
    ReportFiles reportFilesReadOnly(CheckOptions options) {
        return ReportFiles.forOneRun(root(), templatePath(), options);
    }

    private Path root() {
        return root != null ? root : Path.of("");
    }

    private List<Path> templatePath() {
        List<Path> path = new ArrayList<>(templatePath);
        path.addAll(FileTemplateResolver.pathFromEnvironment());
        return path;
    }
}
