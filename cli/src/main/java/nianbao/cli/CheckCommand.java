package nianbao.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.output.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao check}: print every finding in the given reports. */
@Command(name = "check",
        versionProvider = Version.class,
        description = {"检查报告，列出发现的所有问题。",
                "每个问题一行：文件:行:列: 级别: 说明 [编号]（行、列从 1 数起）。"},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出状态：%n",
        exitCodeList = {
            "0:没有错误",
            "1:有错误（加 --warnings-as-errors 时，有警告也算）",
            "2:参数有误，或文件无法读取",
            "3:nianbao 内部错误"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "报告文件；或目录，检查其中（含子目录）所有报告（*.nianbao）")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式：text（默认，每个问题一行）或 json（一个 JSON 文档，供程序读取）")
    String format;

    @Option(names = {"-W", "--warnings-as-errors"}, description = "有警告也以状态 1 退出")
    boolean warningsAsErrors;

    @Option(names = "--show-blanks", description = "列出填了“-”、按 0 参与核对的空白单元格")
    boolean showBlanks;

    @Option(names = "--show-dismissed", description = "也列出被“// 忽略”注释忽略的问题（附理由）")
    boolean showDismissed;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        boolean json = switch (format) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--format 只能是 text 或 json，不能是“" + format + "”。");
        };
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<InputProblem> problems = new ArrayList<>();
        List<ReportInputs.Input> inputs = ReportInputs.expand(paths, problems, true);
        problems.forEach(problem -> err.println("nianbao: " + problem.getMessage()));
        ReportFiles reportFiles = workspace.reportFiles(new CheckOptions(showBlanks));
        Tally tally = new Tally();
        JsonArray files = new JsonArray();
        for (ReportInputs.Input input : inputs) {
            Analysis analysis;
            List<nianbao.core.diagnostic.Diagnostic> templateFindings = null;
            try {
                String text = ReportText.read(input.file());
                if (ReportInputs.isTemplate(input.file())) {
                    templateFindings = reportFiles.analyzeTemplate(input.file(), text).diagnostics().sorted();
                    analysis = null;
                } else {
                    analysis = reportFiles.analyze(input.file(), text);
                }
            } catch (InputProblem problem) {
                problems.add(problem);
                err.println("nianbao: " + problem.getMessage());
                continue;
            }
            if (templateFindings != null) {
                tally.add(templateFindings);
                if (json) {
                    JsonObject file = new JsonObject();
                    file.addProperty("path", input.file().toString());
                    file.add("diagnostics", JsonOutput.diagnostics(templateFindings));
                    files.add(file);
                } else {
                    DiagnosticLines.print(out, input.file(), templateFindings);
                }
                continue;
            }
            tally.add(analysis);
            if (json) {
                JsonObject file = new JsonObject();
                file.addProperty("path", input.file().toString());
                file.add("diagnostics", JsonOutput.diagnostics(analysis.diagnostics()));
                if (showDismissed) {
                    file.add("dismissed", JsonOutput.diagnostics(analysis.dismissed()));
                }
                files.add(file);
            } else {
                DiagnosticLines.print(out, input.file(), analysis.diagnostics());
                if (showDismissed) {
                    DiagnosticLines.print(out, input.file(), analysis.dismissed());
                }
            }
        }
        out.flush();

        if (json) {
            JsonObject summary = new JsonObject();
            summary.addProperty("files", tally.files);
            summary.addProperty("errors", tally.errors);
            summary.addProperty("warnings", tally.warnings);
            JsonObject document = new JsonObject();
            document.add("files", files);
            document.add("summary", summary);
            out.println(JsonOutput.gson().toJson(document));
            out.flush();
        }
        if (!json) {
            err.println(tally.summary(problems.size()));
        }
        err.flush();

        if (!problems.isEmpty()) {
            return ExitStatus.TROUBLE;
        }
        boolean failed = tally.errors > 0 || (warningsAsErrors && tally.warnings > 0);
        return failed ? ExitStatus.FINDINGS : ExitStatus.OK;
    }
}
