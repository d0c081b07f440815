package nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.diagnostic.Severity;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.importer.DocxWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code nianbao compile}: write each report as a JSON document or a standalone HTML page. */
final class CompileCommand implements Command {

    private static final String TO = "to";
    private static final String OUTPUT = "output";
    private static final String FORCE = "force";

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.required(null, TO, "json|html|docx", "生成的格式：json、html 或 docx（Word 文档，按公文格式排版）"));
        options.addOption(StandardOptions.valued("o", OUTPUT, "DIR|FILE",
                "写到这个目录（不存在会创建）；只有一个报告时也可以是文件名。以 / 结尾一定当作目录"));
        options.addOption(StandardOptions.flag("f", FORCE, "报告有错误也照样生成"));
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public Parameters parameters() {
        return new Parameters("文件", "报告文件（可以写多个）；也可以是目录，生成其中（含子目录）所有报告（*.nianbao）");
    }

    @Override
    public Help help() {
        return new Help(
                List.of("把报告生成为 JSON 文档、可发布的 HTML 网页或 Word 文档（.docx）。",
                        "有错误的报告不生成（先打印问题，同 check），除非加 --force。",
                        "不加 -o 时，结果写在报告旁边：报告.nianbao → 报告.html / 报告.json / 报告.docx。"),
                List.of("0:全部生成",
                        "1:有报告因为有错误而没有生成",
                        "2:参数有误，或文件无法读取、写入",
                        "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError {
        String to = line.getOptionValue(TO);
        boolean force = line.hasOption(FORCE);
        List<Path> paths = Arguments.paths(line.getArgList());
        Function<Analysis, byte[]> render;
        String extension;
        switch (to) {
            case "json" -> {
                render = a -> JsonOutput.render(a).getBytes(StandardCharsets.UTF_8);
                extension = ".json";
            }
            case "html" -> {
                render = a -> HtmlOutput.render(a).getBytes(StandardCharsets.UTF_8);
                extension = ".html";
            }
            case "docx" -> {
                // Word goes through POI, in the importer module: loaded only when asked for.
                render = DocxWriter::write;
                extension = ".docx";
            }
            default -> throw new UsageError("--to 只能是 json、html 或 docx，不能是“" + to + "”。");
        }
        List<InputProblem> problems = new ArrayList<>();
        List<ReportInputs.Input> inputs = ReportInputs.expand(paths, problems);
        for (InputProblem problem : problems) {
            err.println("nianbao: " + problem.getMessage());
        }
        Map<ReportInputs.Input, Path> targets;
        try {
            targets = OutputPlan.of(inputs, paths.size(), line.getOptionValue(OUTPUT), extension);
        } catch (IllegalArgumentException e) {
            throw new UsageError(String.valueOf(e.getMessage())); // OutputPlan's refusals all have one
        }

        ReportFiles reportFiles = WorkspaceOptions.of(line).reportFilesReadOnly(CheckOptions.DEFAULT);
        int refused = 0;
        for (ReportInputs.Input input : inputs) {
            Path target = Objects.requireNonNull(targets.get(input), "OutputPlan maps every input");
            try {
                Analysis analysis = reportFiles.analyze(input.file(), ReportText.read(input.file()));
                DiagnosticLines.print(out, input.file(), analysis.diagnostics());
                out.flush();
                long errors = analysis.count(Severity.ERROR);
                if (errors > 0 && !force) {
                    refused++;
                    err.println("nianbao: 没有生成 " + target + "：" + input.file() + " 有 " + errors
                            + " 个错误。改正后重试，或加 --force 照样生成。");
                    continue;
                }
                OutputFile.write(target, render.apply(analysis));
                err.println("已生成 " + target + (errors > 0 ? "（报告有 " + errors + " 个错误，因 --force 照样生成）" : ""));
            } catch (InputProblem problem) {
                problems.add(problem);
                err.println("nianbao: " + problem.getMessage());
            }
            err.flush();
        }
        return !problems.isEmpty() ? ExitStatus.TROUBLE : refused > 0 ? ExitStatus.FINDINGS : ExitStatus.OK;
    }
}
