package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.importer.ImportProblem;
import nianbao.importer.ImportResult;
import nianbao.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao import}: turn published reports (Word, web page, extracted text) into .nianbao files. */
@Command(name = "import",
        versionProvider = Version.class,
        description = {"把已发布的报告（Word .docx、网页 .html、提取的文本 .txt）转换为 .nianbao 文件。",
                "数字按原样保留（包括算错的合计）；无法识别的内容在标准错误输出中列出，并注明位置。"},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出状态：%n",
        exitCodeList = {"0:全部转换（加 --check 时，转换结果也没有错误）",
            "1:有表格未能转换，或（加 --check 时）转换结果有错误",
            "2:参数有误，或文件无法读取、写入", "3:nianbao 内部错误"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要转换的报告文件（.docx、.html、.htm、.txt）")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "写到这个目录（默认写在原文件旁边），文件名为 原名.nianbao")
    Path output;

    @Option(names = "--check", description = "转换后立即检查，列出问题（同 check）")
    boolean check;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles files = workspace.reportFiles(CheckOptions.DEFAULT);
        List<String> trouble = new ArrayList<>();
        boolean lost = false;
        boolean errors = false;
        for (Path file : paths) {
            if (!Files.isRegularFile(file)) {
                trouble.add("找不到文件：" + file);
                err.println("nianbao: 找不到文件：" + file);
                continue;
            }
            ImportResult result = Importer.importFile(file);
            for (ImportProblem p : result.problems()) {
                String where = p.at() == null || p.at().where().isEmpty() ? file.toString() : file + ":" + p.at().where();
                err.println(where + ": " + p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message());
            }
            lost |= result.tableLost();
            if (result.nianbaoText().isEmpty()) {
                err.println("nianbao: 没有从 " + file + " 读出报告内容，未生成文件。");
                lost = true;
                continue;
            }
            Path target = target(file);
            try {
                OutputFile.write(target, result.nianbaoText());
            } catch (InputProblem e) {
                trouble.add(target.toString());
                err.println("nianbao: " + e.getMessage());
                continue;
            }
            err.println("已生成 " + target + (result.templateId() == null ? "" : "（模板：" + result.templateId() + "）"));
            if (check) {
                Analysis analysis = files.analyze(target, result.nianbaoText());
                DiagnosticLines.print(out, target, analysis.diagnostics());
                errors |= analysis.hasErrors();
            }
        }
        out.flush();
        err.flush();
        if (!trouble.isEmpty()) {
            return ExitStatus.TROUBLE;
        }
        return lost || errors ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    private Path target(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name) + ".nianbao";
        return output != null ? output.resolve(base) : file.resolveSibling(base);
    }
}
