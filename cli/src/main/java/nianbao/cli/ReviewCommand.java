package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.review.Review;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code nianbao review}: a static site for a county office that reviews the reports it collects. */
final class ReviewCommand implements Command {

    private static final String OUTPUT = "output";
    private static final String EXPECTED = "expected";
    private static final String AGENCY = "agency";

    @Override
    public String name() {
        return "review";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.required("o", OUTPUT, "DIR", "网站写到这个目录（不存在会创建）"));
        options.addOption(StandardOptions.valued(null, EXPECTED, "FILE",
                "应报送的机关名单：纯文本，一行一个机关全称（# 开头的行是注释）；列出还没有报送的机关"));
        options.addOption(StandardOptions.valued(null, AGENCY, "机关", "审阅和汇总的机关名称，如 青山县"));
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public Parameters parameters() {
        return new Parameters("目录", "收集来的报告所在的目录（含子目录），也可以是报告文件");
    }

    @Override
    public Help help() {
        return new Help(
                List.of("为审阅各机关报告生成一个静态网站（不含脚本）：",
                        "index.html 列出每份报告（机关、年度、模板、有无问题及个数），每个问题链接到报告网页上的那个单元格；",
                        "没有错误的报告按模板和年度汇总；给了 --expected 时列出还没有报送的机关。"),
                List.of("0:已生成", "2:参数有误，或文件无法读取、写入", "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError, InputProblem {
        Path site = Arguments.path(line.getOptionValue(OUTPUT));
        List<Path> paths = Arguments.paths(line.getArgList());
        List<String> expected = line.hasOption(EXPECTED) ? expected(Arguments.path(line.getOptionValue(EXPECTED))) : null;
        List<InputProblem> problems = new ArrayList<>();
        List<ReportInputs.Input> inputs = ReportInputs.expand(paths, problems);
        for (InputProblem problem : problems) {
            err.println("nianbao: " + problem.getMessage());
        }
        ReportFiles files = WorkspaceOptions.of(line).reportFilesReadOnly(CheckOptions.DEFAULT);
        List<Review.Entry> entries = new ArrayList<>();
        List<Path> located = new ArrayList<>();
        for (ReportInputs.Input input : inputs) {
            try {
                String path = relative(input);
                entries.add(new Review.Entry(path, files.analyze(input.file(), ReportText.read(input.file()))));
                located.add(input.file());
            } catch (InputProblem problem) {
                problems.add(problem);
                err.println("nianbao: " + problem.getMessage());
            }
        }
        List<Review.SiteFile> siteFiles = Review.site(entries, expected, line.getOptionValue(AGENCY),
                (path, text) -> files.analyze(located.get(indexOf(entries, path)), text));
        for (Review.SiteFile f : siteFiles) {
            OutputFile.write(site.resolve(f.path()), f.content());
        }
        err.println("已生成 " + site.resolve("index.html") + "（" + entries.size() + " 份报告）");
        return problems.isEmpty() ? ExitStatus.OK : ExitStatus.TROUBLE;
    }

    private static int indexOf(List<Review.Entry> entries, String path) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new IllegalArgumentException(path);
    }

    /** A report's path in the site: relative to the directory searched, else its file name. */
    private static String relative(ReportInputs.Input input) {
        Path p = input.searched() != null ? input.searched().relativize(input.file()) : input.file().getFileName();
        return p.toString().replace('\\', '/');
    }

    private static List<String> expected(Path file) throws InputProblem {
        List<String> agencies = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String a = l.strip();
                if (!a.isEmpty() && !a.startsWith("#")) {
                    agencies.add(a);
                }
            }
        } catch (IOException e) {
            throw new InputProblem("无法读取应报送名单 " + file + "：" + FileErrors.reason(e));
        }
        return agencies;
    }
}
