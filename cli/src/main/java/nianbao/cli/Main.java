package nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code nianbao} command. It only reads arguments and files and prints what core found;
 * every judgement about a report is made in core.
 */
@Command(name = "nianbao",
        versionProvider = Version.class,
        description = "检查和发布政府信息公开工作年度报告（.nianbao 文件）。",
        subcommands = {CheckCommand.class, CompileCommand.class, InitCommand.class, SumCommand.class, ImportCommand.class,
            LspCommand.class},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        footer = {"", "运行 “nianbao 命令 --help” 查看某个命令的用法，例如 nianbao check --help。"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "缺少命令：请写 check、compile、init、sum 或 lsp。");
    }

    public static void main(String[] args) {
        // Always UTF-8, whatever the platform's default: reports and messages are Chinese, and
        // Java 17 would otherwise encode for the locale (often ASCII in containers and CI).
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(UsageErrors::handle)
                .setExecutionExceptionHandler(Main::internalError);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int internalError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputProblem problem) {
            err.println("nianbao: " + problem.getMessage());
            err.flush();
            return ExitStatus.TROUBLE;
        }
        err.println("nianbao: 内部错误：" + e + "。这是 nianbao 的缺陷，请把这条消息连同报告文件反馈给维护者。");
        if (System.getenv("NIANBAO_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.BUG;
    }
}
