package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Report;
import nianbao.core.output.JsonOutput;
import nianbao.core.rollup.Rollup;
import nianbao.core.rollup.RollupFindings;
import nianbao.syntax.Position;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** {@code nianbao sum}: add up the tables of several reports of one year. */
final class SumCommand implements Command {

    private static final String OUTPUT = "output";
    private static final String AGENCY = "agency";
    private static final String FORCE = "force";

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.required("o", OUTPUT, "TOTAL.json|TOTAL.nianbao",
                "汇总结果：以 .nianbao 结尾写报告文本，以 .json 结尾写 JSON 文档；已存在的文件不覆盖"));
        options.addOption(StandardOptions.valued(null, AGENCY, "机关", "汇总报告的机关名称，如 青山县"));
        options.addOption(StandardOptions.flag(null, FORCE, "有无法读取的单元格（如“9件”）时仍汇总，按 0 计，并列出跳过了哪些"));
        options.addOption(OutputFile.overwriteOption("覆盖已存在的汇总结果文件"));
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
                List.of("汇总同一年度的多份报告的表格（如县里汇总各乡镇），并用同样的规则检查汇总结果。",
                        "模板不同时（如县模板继承全国统一格式），只汇总各模板共有的表格。",
                        "汇总结果中的问题指向各乡镇报告的文件和行，而不是汇总结果。"),
                List.of("0:已汇总，没有错误", "1:已汇总（仍写出），但报告或汇总结果有错误",
                        "2:参数有误、同一文件给了两次、模板没有共同的表格、年度不同、有无法读取的单元格（未加 --force）、"
                                + "结果文件已存在（未加 --overwrite）、文件无法读写",
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
        if (OutputFile.refusesToOverwrite(output, line, err)) {
            return ExitStatus.TROUBLE;
        }
        String twice = sameFileTwice(paths);
        if (twice != null) {
            err.println("nianbao: " + twice);
            return ExitStatus.TROUBLE;
        }
        ReportFiles files = WorkspaceOptions.of(line).reportFilesReadOnly(CheckOptions.DEFAULT);
        List<Analysis> analyses = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (Path p : paths) {
            Analysis a = files.analyze(p, ReportText.read(p));
            analyses.add(a);
            reports.add(a.report());
        }
        Rollup.Result result = Rollup.sum(reports, Rollup.names(paths), agency, files.resolverFor(output));
        if (result.problem() != null) {
            err.println("nianbao: " + result.problem());
            return ExitStatus.TROUBLE;
        }
        boolean force = line.hasOption(FORCE);
        for (Rollup.Unreadable u : result.unreadable()) {
            Position at = u.range().start();
            out.println(paths.get(u.report()) + ":" + (at.line() + 1) + ":" + (at.character() + 1) + ": "
                    + (force ? "warning: " + u.what() + "，已跳过，按 0 汇总" : "error: " + u.what() + "，无法汇总")
                    + " [sum.unreadable]");
        }
        if (!result.unreadable().isEmpty() && !force) {
            err.println("nianbao: " + result.unreadable().size() + " 个单元格无法读取，没有汇总。改正后重试，"
                    + "或加 --force 按 0 汇总（会列出跳过的每个单元格）。");
            return ExitStatus.TROUBLE;
        }
        for (String table : result.leftOut()) {
            err.println("未汇总：" + table);
        }
        String text = Objects.requireNonNull(result.text(), "a sum without a problem has its text");
        Analysis total = files.analyze(output, text);
        boolean errors = false;
        for (RollupFindings.Finding f : RollupFindings.of(total, analyses)) {
            Diagnostic d = f.diagnostic();
            errors |= d.severity() == Severity.ERROR;
            if (f.report() >= 0) {
                out.println(DiagnosticLines.format(paths.get(f.report()), d));
            } else if (!json) {
                out.println(DiagnosticLines.format(output, d));
            } else {
                // The JSON has no lines: name the sum, not a line of a text that was never written.
                out.println(output + ": " + d.severity().key() + ": 汇总结果：" + d.message() + " [" + d.id() + "]");
            }
        }
        OutputFile.write(output, json ? JsonOutput.render(total) : text);
        err.println("已汇总 " + paths.size() + " 份报告，写入 " + output
                + (result.unreadable().isEmpty() ? "" : "（跳过 " + result.unreadable().size() + " 个无法读取的单元格）"));
        return errors ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    /**
     * The message for a report given twice, also by two paths to the same file (./a, a link, a
     * hard link); null when every file is given once. Files that cannot be read are left to the
     * reading, which says why.
     */
    private static @Nullable String sameFileTwice(List<Path> paths) {
        Map<Object, Path> seen = new HashMap<>();
        for (Path p : paths) {
            Object key;
            try {
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                key = attributes.fileKey() != null ? attributes.fileKey() : p.toRealPath();
            } catch (IOException e) {
                continue;
            }
            Path earlier = seen.putIfAbsent(key, p);
            if (earlier != null) {
                return "同一份报告给了两次：" + earlier + (earlier.toString().equals(p.toString()) ? "" : " 和 " + p)
                        + "（是同一个文件），没有汇总。";
            }
        }
        return null;
    }
}
