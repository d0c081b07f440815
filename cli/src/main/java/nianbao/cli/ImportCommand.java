package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nianbao.core.Analysis;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.importer.ImportProblem;
import nianbao.importer.ImportResult;
import nianbao.importer.Importer;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** {@code nianbao import}: turn published reports (Word, web page, extracted text) into .nianbao files. */
final class ImportCommand implements Command {

    private static final String OUTPUT = "output";
    private static final String CHECK = "check";

    @Override
    public String name() {
        return "import";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(StandardOptions.valued("o", OUTPUT, "DIR", "写到这个目录（默认写在原文件旁边），文件名为 原名.nianbao"));
        options.addOption(StandardOptions.flag(null, CHECK, "转换后立即检查，列出问题（同 check）"));
        WorkspaceOptions.addTo(options);
        return StandardOptions.addTo(options);
    }

    @Override
    public Parameters parameters() {
        return new Parameters("文件", "要转换的报告文件（.docx、.doc、.wps、.pdf、.html、.htm、.txt）");
    }

    @Override
    public Help help() {
        return new Help(
                List.of("把已发布的报告（Word .docx/.doc、WPS .wps、PDF、网页 .html、提取的文本 .txt）转换为 .nianbao 文件。",
                        "数字按原样保留（包括算错的合计）；无法识别的内容在标准错误输出中列出，并注明位置。"),
                List.of("0:全部转换（加 --check 时，转换结果也没有错误）",
                        "1:有表格未能转换，或（加 --check 时）转换结果有错误",
                        "2:参数有误，或文件无法读取（如扫描版、加密或损坏的 PDF）、无法写入",
                        "3:nianbao 内部错误"));
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError {
        String outputValue = line.getOptionValue(OUTPUT);
        Path output = outputValue != null ? Arguments.path(outputValue) : null;
        boolean check = line.hasOption(CHECK);
        List<Path> paths = Arguments.paths(line.getArgList());
        ReportFiles files = WorkspaceOptions.of(line).reportFiles(CheckOptions.DEFAULT);
        List<String> trouble = new ArrayList<>();
        boolean lost = false;
        boolean errors = false;
        for (Path file : paths) {
            if (!Files.isRegularFile(file)) {
                trouble.add("找不到文件：" + file);
                err.println("nianbao: 找不到文件：" + file);
                continue;
            }
            ImportResult result = Importer.importFile(file);
            for (ImportProblem p : result.problems()) {
                String where = p.at() == null || p.at().where().isEmpty() ? file.toString() : file + ":" + p.at().where();
                err.println(where + ": " + p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message());
            }
            if (result.unreadable()) {
                // A file that cannot be read is trouble like a missing file (exit 2); nothing is written.
                trouble.add(file.toString());
                err.println("nianbao: 无法读取 " + file + "，未生成文件。");
                continue;
            }
            lost |= result.tableLost();
            if (result.nianbaoText().isEmpty()) {
                err.println("nianbao: 没有从 " + file + " 读出报告内容，未生成文件。");
                lost = true;
                continue;
            }
            Path target = target(file, output);
            try {
                OutputFile.write(target, result.nianbaoText());
            } catch (InputProblem e) {
                trouble.add(target.toString());
                err.println("nianbao: " + e.getMessage());
                continue;
            }
            err.println("已生成 " + target + (result.templateId() == null ? "" : "（模板：" + result.templateId() + "）"));
            if (check) {
                Analysis analysis = files.analyze(target, result.nianbaoText());
                DiagnosticLines.print(out, target, analysis.diagnostics());
                errors |= analysis.hasErrors();
            }
        }
        out.flush();
        err.flush();
        if (!trouble.isEmpty()) {
            return ExitStatus.TROUBLE;
        }
        return lost || errors ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    private static Path target(Path file, @Nullable Path output) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name) + ".nianbao";
        return output != null ? output.resolve(base) : file.resolveSibling(base);
    }
}
