package nianbao.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.output.CheckedFile;
import nianbao.core.output.JsonOutput;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** {@code nianbao check}: print every finding in the given reports. */
final class CheckCommand implements Command {

    private static final String FORMAT = "format";
    private static final String WARNINGS_AS_ERRORS = "warnings-as-errors";
    private static final String SHOW_BLANKS = "show-blanks";
    private static final String SHOW_DISMISSED = "show-dismissed";

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.valued(null, FORMAT, "text|json|sarif|junit|github",
                "输出格式：text（默认，每个问题一行）、json（一个 JSON 文档，供程序读取）、"
                        + "sarif（SARIF 2.1.0，供代码扫描服务读取）、junit（JUnit XML，每个报告一个测试）"
                        + "或 github（GitHub Actions 的标注命令）；见 docs/ci.md"));
        options.addOption(StandardOptions.flag("W", WARNINGS_AS_ERRORS, "有警告也以状态 1 退出"));
        options.addOption(StandardOptions.flag(null, SHOW_BLANKS, "列出填了“-”、按 0 参与核对的空白单元格"));
        options.addOption(StandardOptions.flag(null, SHOW_DISMISSED, "也列出被“// 忽略”注释忽略的问题（附理由）"));
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public Parameters parameters() {
        return new Parameters("文件", "报告文件（可以写多个）；或目录，检查其中（含子目录）所有报告（*.nianbao）和模板（*.nbt）");
    }

    @Override
    public Help help() {
        return new Help(
                List.of("检查报告，列出发现的所有问题。",
                        "每个问题一行：文件:行:列: 级别: 说明 [编号]（行、列从 1 数起）。"),
                List.of("0:没有错误",
                        "1:有错误（加 --warnings-as-errors 时，有警告也算）",
                        "2:参数有误，或文件无法读取",
                        "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError {
        String format = ParsedOptions.value(line, FORMAT, "text");
        boolean json = format.equals("json");
        boolean pipeline = switch (format) {
            case "text", "json" -> false;
            case "sarif", "junit", "github" -> true;
            default -> throw new UsageError("--format 只能是 text、json、sarif、junit 或 github，不能是“" + format + "”。");
        };
        boolean showDismissed = ParsedOptions.has(line, SHOW_DISMISSED);
        boolean warningsFail = ParsedOptions.has(line, WARNINGS_AS_ERRORS);
        List<Path> paths = Arguments.paths(line.getArgList());
        ReportFiles reportFiles = WorkspaceOptions.of(line).reportFilesReadOnly(new CheckOptions(ParsedOptions.has(line, SHOW_BLANKS)));

        List<InputProblem> problems = new ArrayList<>();
        List<ReportInputs.Input> inputs = ReportInputs.expand(paths, problems, true);
        for (InputProblem problem : problems) {
            err.println("nianbao: " + problem.getMessage());
        }
        Tally tally = new Tally();
        JsonDocument document = json ? new JsonDocument() : null;
        List<CheckedFile> checked = pipeline ? new ArrayList<>() : null;
        for (ReportInputs.Input input : inputs) {
            Path file = input.file();
            List<Diagnostic> findings;
            List<Diagnostic> dismissed = null;
            try {
                String text = ReportText.read(file);
                if (ReportInputs.isTemplate(file)) {
                    findings = reportFiles.analyzeTemplate(file, text).diagnostics().sorted();
                } else {
                    Analysis analysis = reportFiles.analyze(file, text);
                    findings = analysis.diagnostics();
                    if (showDismissed) {
                        dismissed = analysis.dismissed();
                    }
                }
            } catch (InputProblem problem) {
                problems.add(problem);
                err.println("nianbao: " + problem.getMessage());
                continue;
            }
            tally.add(findings);
            if (document != null) {
                document.add(file, findings, dismissed);
            } else if (checked != null) {
                checked.add(new CheckedFile(file.toString(), findings, dismissed == null ? List.of() : dismissed));
            } else {
                DiagnosticLines.print(out, file, findings);
                if (dismissed != null) {
                    DiagnosticLines.print(out, file, dismissed);
                }
            }
        }
        out.flush();

        if (document != null) {
            out.println(document.render(tally));
            out.flush();
        } else if (checked != null) {
            out.print(PipelineFormats.render(format, checked, warningsFail));
            out.flush();
            if (format.equals("github")) {
                err.println(tally.summary(problems.size()));
            }
        } else {
            err.println(tally.summary(problems.size()));
        }
        err.flush();

        if (!problems.isEmpty()) {
            return ExitStatus.TROUBLE;
        }
        boolean failed = tally.errors > 0 || (warningsFail && tally.warnings > 0);
        return failed ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    /** The output of {@code --format json}, in its own class so text output never loads Gson. */
    private static final class JsonDocument {

        private final JsonArray files = new JsonArray();

        void add(Path path, List<Diagnostic> findings, @Nullable List<Diagnostic> dismissed) {
            JsonObject file = new JsonObject();
            file.addProperty("path", path.toString());
            file.add("diagnostics", JsonOutput.diagnostics(findings));
            if (dismissed != null) {
                file.add("dismissed", JsonOutput.diagnostics(dismissed));
            }
            files.add(file);
        }

        String render(Tally tally) {
            JsonObject summary = new JsonObject();
            summary.addProperty("files", tally.files);
            summary.addProperty("errors", tally.errors);
            summary.addProperty("warnings", tally.warnings);
            JsonObject document = new JsonObject();
            document.add("files", files);
            document.add("summary", summary);
            return JsonOutput.gson().toJson(document);
        }
    }
}
