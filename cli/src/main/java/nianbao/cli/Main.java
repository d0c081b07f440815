package nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code nianbao} command. It only reads arguments and files and prints what core found;
 * every judgement about a report is made in core.
 *
 * <p>Start-up time matters ({@code nianbao check} runs in editors' save hooks and CI loops), so
 * this class makes only the one command that was named: the classes of the others, and the
 * libraries behind them, are never loaded.
 */
public final class Main {

    /** In the order {@code nianbao --help} lists them. */
    private static final String[] COMMANDS = {"check", "compile", "init", "sum", "diff", "review", "import", "lsp"};

    private Main() {
    }

    public static void main(String[] args) {
        // Always UTF-8, whatever the platform's default: reports and messages are Chinese, and
        // Java 17 would otherwise encode for the locale (often ASCII in containers and CI).
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return dispatch(args, out, err);
        } catch (RuntimeException | Error e) {
            return internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command named by the first argument, or null. */
    static @Nullable Command command(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "compile" -> new CompileCommand();
            case "init" -> new InitCommand();
            case "sum" -> new SumCommand();
            case "diff" -> new DiffCommand();
            case "review" -> new ReviewCommand();
            case "import" -> new ImportCommand();
            case "lsp" -> new LspCommand();
            default -> null;
        };
    }

    private static int dispatch(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            return UsageErrors.report(err, "nianbao", "缺少命令：请写 " + String.join("、", Arrays.copyOf(COMMANDS, COMMANDS.length - 1))
                    + " 或 " + COMMANDS[COMMANDS.length - 1] + "。");
        }
        String first = args[0];
        if (first.equals("-h") || first.equals("--help")) {
            List<Command> commands = new ArrayList<>();
            for (String name : COMMANDS) {
                commands.add(Objects.requireNonNull(command(name), "every listed command exists"));
            }
            HelpText.printMain(out, commands);
            return ExitStatus.OK;
        }
        if (first.equals("-V") || first.equals("--version")) {
            out.println(Version.text());
            return ExitStatus.OK;
        }
        Command command = command(first);
        if (command == null) {
            String message = first.startsWith("-")
                    ? UsageErrors.unknown("参数", first, List.of("--help", "--version"))
                    : UsageErrors.unknown("命令", first, List.of(COMMANDS));
            return UsageErrors.report(err, "nianbao", message);
        }
        return run(command, Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    private static int run(Command command, String[] args, PrintWriter out, PrintWriter err) {
        String qualifiedName = "nianbao " + command.name();
        Options options = command.options();
        CommandLine line;
        try {
            // Partial matching off: --warn is not taken for --warnings-as-errors, so adding an
            // option later never changes what an existing script means.
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
        } catch (MissingOptionException e) {
            // Help is shown even when options it would explain are missing.
            if (asked(args, "-h", "--help")) {
                HelpText.print(out, command);
                return ExitStatus.OK;
            }
            if (asked(args, "-V", "--version")) {
                out.println(Version.text());
                return ExitStatus.OK;
            }
            return UsageErrors.report(err, qualifiedName, UsageErrors.describe(e, options));
        } catch (ParseException e) {
            return UsageErrors.report(err, qualifiedName, UsageErrors.describe(e, options));
        }
        if (ParsedOptions.has(line, StandardOptions.HELP)) {
            HelpText.print(out, command);
            return ExitStatus.OK;
        }
        if (ParsedOptions.has(line, StandardOptions.VERSION)) {
            out.println(Version.text());
            return ExitStatus.OK;
        }
        Command.Parameters parameters = command.parameters();
        List<String> arguments = line.getArgList();
        if (parameters == null && !arguments.isEmpty()) {
            return UsageErrors.report(err, qualifiedName, "不认识的参数：" + String.join(" ", arguments) + "。");
        }
        if (parameters != null && arguments.isEmpty()) {
            return UsageErrors.report(err, qualifiedName, "缺少参数 " + parameters.label() + "。");
        }
        try {
            return command.run(line, out, err);
        } catch (UsageError e) {
            return UsageErrors.report(err, qualifiedName, e.getMessage());
        } catch (InputProblem problem) {
            err.println("nianbao: " + problem.getMessage());
            return ExitStatus.TROUBLE;
        } catch (Exception e) {
            return internalError(e, err);
        }
    }

    private static boolean asked(String[] args, String shortName, String longName) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(shortName) || arg.equals(longName)) {
                return true;
            }
        }
        return false;
    }

    private static int internalError(Throwable e, PrintWriter err) {
        err.println("nianbao: 内部错误：" + e + "。这是 nianbao 的缺陷，请把这条消息连同报告文件反馈给维护者。");
        if (System.getenv("NIANBAO_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.BUG;
    }
}
