package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.skeleton.NextYearReport;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.ReportSyntaxParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao init}: write a new report to fill in, from a template and last year's report. */
@Command(name = "init",
        versionProvider = Version.class,
        description = {"生成一份待填写的新报告：模板的每个章节（含样板文字）、每张表的每一行（数字为 0）、填好的报告头。",
                "加 --from 上年报告 时，填入上年结转等跨年衔接的数字，并以注释附上上年正文供修改。"},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出状态：%n",
        exitCodeList = {"0:已生成", "2:参数有误、找不到模板或上年报告、文件无法写入", "3:nianbao 内部错误"})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "模板",
            description = "模板：内置名称（national-2021、national-2019）或 .nbt 文件路径")
    String template;

    @Option(names = "--agency", required = true, paramLabel = "机关", description = "机关全称，如 光华镇人民政府")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "年度", description = "报告年度，如 2022")
    int year;

    @Option(names = "--from", paramLabel = "上年报告", description = "上一年度的报告文件")
    Path from;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写到这个文件（默认打印到标准输出）；已存在的文件不覆盖")
    Path output;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles files = workspace.reportFiles(CheckOptions.DEFAULT);
        Path target = output != null ? output.toAbsolutePath() : Path.of("").toAbsolutePath().resolve("new.nianbao");
        FileTemplateResolver resolver = files.resolverFor(target);
        TemplateResolver.Resolution resolution = resolver.resolve(template);
        if (resolution == null) {
            String why = resolver.whyNot(template);
            throw new ParameterException(spec.commandLine(), "找不到模板“" + template + "”" + (why == null ? "" : "：" + why)
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
        if (Files.exists(output)) {
            err.println("nianbao: " + output + " 已存在，没有覆盖。");
            return ExitStatus.TROUBLE;
        }
        OutputFile.write(output, text);
        err.println("已生成 " + output);
        return ExitStatus.OK;
    }
}
