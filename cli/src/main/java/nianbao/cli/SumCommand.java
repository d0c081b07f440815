package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.model.Report;
import nianbao.core.output.JsonOutput;
import nianbao.core.rollup.Rollup;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code nianbao sum}: add up the tables of several reports of one template and year. */
final class SumCommand implements Command {

    private static final String OUTPUT = "output";
    private static final String AGENCY = "agency";

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.required("o", OUTPUT, "TOTAL.json|TOTAL.nianbao",
                "汇总结果：以 .nianbao 结尾写报告文本，以 .json 结尾写 JSON 文档"));
        options.addOption(StandardOptions.valued(null, AGENCY, "机关", "汇总报告的机关名称，如 青山县"));
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public Parameters parameters() {
        return new Parameters("文件", "要汇总的报告文件");
    }

    @Override
    public Help help() {
        return new Help(
                List.of("汇总同一模板、同一年度的多份报告的表格（如县里汇总各乡镇），并用同样的规则检查汇总结果。"),
                List.of("0:已汇总，结果没有错误", "1:结果有错误（仍写出）", "2:参数有误、模板或年度不同、文件无法读写",
                        "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError, InputProblem {
        Path output = Arguments.path(line.getOptionValue(OUTPUT));
        String agency = line.getOptionValue(AGENCY);
        List<Path> paths = Arguments.paths(line.getArgList());
        String name = output.getFileName().toString();
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".nianbao")) {
            throw new UsageError("-o 的文件名要以 .nianbao 或 .json 结尾。");
        }
        ReportFiles files = WorkspaceOptions.of(line).reportFiles(CheckOptions.DEFAULT);
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
        DiagnosticLines.print(out, output, total.diagnostics());
        OutputFile.write(output, json ? JsonOutput.render(total) : result.text());
        err.println("已汇总 " + paths.size() + " 份报告，写入 " + output);
        return total.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
    }
}
