package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.skeleton.NextYearReport;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.ReportSyntaxParser;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** {@code nianbao init}: write a new report to fill in, from a template and last year's report. */
final class InitCommand implements Command {

    private static final String TEMPLATE = "template";
    private static final String AGENCY = "agency";
    private static final String YEAR = "year";
    private static final String FROM = "from";

    @Override
    public String name() {
        return "init";
    }

    @Override
    public Options options() {
        Options options = new Options();
        // The built-in templates as core lists them (oldest first), the newest named first here.
        List<String> builtIn = new ArrayList<>(TemplateResolver.builtIn().knownNames());
        Collections.reverse(builtIn);
        options.addOption(StandardOptions.required("t", TEMPLATE, "模板", "模板：内置名称（" + String.join("、", builtIn) + "）或 .nbt 文件路径"));
        options.addOption(StandardOptions.required(null, AGENCY, "机关", "机关全称，如 光华镇人民政府"));
        options.addOption(StandardOptions.required(null, YEAR, "年度", "报告年度，如 2022"));
        options.addOption(StandardOptions.valued(null, FROM, "上年报告", "上一年度的报告文件"));
        OutputFile.addFileOptions(options);
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public @Nullable Parameters parameters() {
        return null;
    }

    @Override
    public Help help() {
        return new Help(
                List.of("生成一份待填写的新报告：模板的每个章节（含样板文字）、每张表的每一行（数字为 0）、填好的报告头。",
                        "加 --from 上年报告 时，填入上年结转等跨年衔接的数字，并以注释附上上年正文供修改。"),
                List.of("0:已生成", "2:参数有误、找不到模板或上年报告、文件无法写入", "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError, InputProblem {
        String template = line.getOptionValue(TEMPLATE);
        String agency = line.getOptionValue(AGENCY);
        int year = Arguments.integer("--year", line.getOptionValue(YEAR));
        String fromValue = line.getOptionValue(FROM);
        Path from = fromValue != null ? Arguments.path(fromValue) : null;
        String outputValue = line.getOptionValue(OutputFile.OUTPUT);
        Path output = outputValue != null ? Arguments.path(outputValue) : null;
        ReportFiles files = WorkspaceOptions.of(line).reportFiles(CheckOptions.DEFAULT);
        Path target = output != null ? output.toAbsolutePath() : Path.of("").toAbsolutePath().resolve("new.nianbao");
        FileTemplateResolver resolver = files.resolverFor(target);
        TemplateResolver.Resolution resolution = resolver.resolve(template);
        if (resolution == null) {
            String why = resolver.whyNot(template);
            throw new UsageError("找不到模板“" + template + "”" + (why == null ? "" : "：" + why)
                    + "。内置模板有：" + String.join("、", resolver.knownNames()));
        }
        Report last = null;
        String lastPath = null;
        if (from != null) {
            String text = ReportText.read(from);
            last = ReportBinder.bind(ReportSyntaxParser.parse(text), files.resolverFor(from)).report();
            Path base = target.getParent();
            lastPath = base == null ? from.toString() : base.relativize(from.toAbsolutePath()).toString();
        }
        String text = NextYearReport.write(resolution.template(), template, agency, year, last, lastPath);
        if (output == null) {
            out.print(text);
            out.flush();
            return ExitStatus.OK;
        }
        if (OutputFile.refusesToOverwrite(output, line, err)) {
            return ExitStatus.TROUBLE;
        }
        OutputFile.write(output, text);
        err.println("已生成 " + output);
        return ExitStatus.OK;
    }
}
