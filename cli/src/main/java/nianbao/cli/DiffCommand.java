package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.diff.DiffHtml;
import nianbao.core.diff.DiffOutput;
import nianbao.core.diff.ReportDiff;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.syntax.ReportSyntaxParser;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code nianbao diff LAST THIS}: what changed from last year's report to this year's. */
final class DiffCommand implements Command {

    private static final String FORMAT = "format";

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.valued(null, FORMAT, "text|json|html", "输出格式（默认 text）"));
        OutputFile.addFileOptions(options);
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public Parameters parameters() {
        return new Parameters("文件", "上年报告和本年报告，两个文件");
    }

    @Override
    public Help help() {
        return new Help(
                List.of("比较上年报告和本年报告：每个变化的单元格（上年、本年、增减、百分比），增删的章节、表、行、列，修改的正文段落。",
                        "两份报告格式不同（如 2020 年度用 2019 年版、2021 年度用 2021 年版）时，按模板声明的对应关系比较能对应的行和列。"),
                List.of("0:两份报告没有变化", "1:有变化（已列出）", "2:参数有误、文件无法读写", "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError, InputProblem {
        List<Path> paths = Arguments.paths(line.getArgList());
        if (paths.size() != 2) {
            throw new UsageError("diff 要两个文件：上年报告和本年报告，给了 " + paths.size() + " 个。");
        }
        String format = line.getOptionValue(FORMAT, "text");
        if (!List.of("text", "json", "html").contains(format)) {
            throw new UsageError("--format 只能是 text、json 或 html，不能是“" + format + "”。");
        }
        String outputValue = line.getOptionValue(OutputFile.OUTPUT);
        Path output = outputValue == null ? null : Arguments.path(outputValue);
        if (OutputFile.refusesToOverwrite(output, line, err)) {
            return ExitStatus.TROUBLE;
        }
        ReportFiles files = WorkspaceOptions.of(line).reportFilesReadOnly(CheckOptions.DEFAULT);
        Report last = read(files, paths.get(0));
        Report current = read(files, paths.get(1));
        ReportDiff diff = ReportDiff.of(last, paths.get(0).toString(), current, paths.get(1).toString());
        String text = switch (format) {
            case "json" -> DiffOutput.json(diff);
            case "html" -> DiffHtml.render(diff);
            default -> DiffOutput.text(diff);
        };
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            OutputFile.write(output, text);
            err.println(DiffOutput.summary(diff) + " 写入 " + output);
        }
        return diff.isEmpty() ? ExitStatus.OK : ExitStatus.FINDINGS;
    }

    private static Report read(ReportFiles files, Path file) throws InputProblem {
        return ReportBinder.bind(ReportSyntaxParser.parse(ReportText.read(file)), files.resolverFor(file)).report();
    }
}
