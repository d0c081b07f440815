package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.model.Report;
import nianbao.core.output.JsonOutput;
import nianbao.core.rollup.Rollup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao sum}: add up the tables of several reports of one template and year. */
@Command(name = "sum",
        versionProvider = Version.class,
        description = {"汇总同一模板、同一年度的多份报告的表格（如县里汇总各乡镇），并用同样的规则检查汇总结果。"},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出状态：%n",
        exitCodeList = {"0:已汇总，结果没有错误", "1:结果有错误（仍写出）", "2:参数有误、模板或年度不同、文件无法读写",
            "3:nianbao 内部错误"})
final class SumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要汇总的报告文件")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TOTAL.json|TOTAL.nianbao",
            description = "汇总结果：以 .nianbao 结尾写报告文本，以 .json 结尾写 JSON 文档")
    Path output;

    @Option(names = "--agency", paramLabel = "机关", description = "汇总报告的机关名称，如 青山县")
    String agency;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() throws Exception {
        String name = output.getFileName().toString();
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".nianbao")) {
            throw new ParameterException(spec.commandLine(), "-o 的文件名要以 .nianbao 或 .json 结尾");
        }
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles files = workspace.reportFiles(CheckOptions.DEFAULT);
        List<Report> reports = new ArrayList<>();
        for (Path p : paths) {
            reports.add(files.analyze(p, ReportText.read(p)).report());
        }
        Rollup.Result result = Rollup.sum(reports, Rollup.names(paths), agency);
        if (result.problem() != null) {
            err.println("nianbao: " + result.problem());
            return ExitStatus.TROUBLE;
        }
        Analysis total = files.analyze(output, result.text());
        DiagnosticLines.print(spec.commandLine().getOut(), output, total.diagnostics());
        OutputFile.write(output, json ? JsonOutput.render(total) : result.text());
        err.println("已汇总 " + paths.size() + " 份报告，写入 " + output);
        return total.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
    }
}
