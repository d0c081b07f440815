package nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Says in Chinese what was wrong with the arguments; exit status 2. */
final class UsageErrors {

    private UsageErrors() {
    }

    static int handle(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("nianbao: " + describe(e));
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println("运行 “" + name + " --help” 查看用法。");
        err.flush();
        return ExitStatus.TROUBLE;
    }

    private static String describe(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return "缺少" + missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、")) + "。";
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            String message = "不认识的参数：" + String.join(" ", unmatched.getUnmatched()) + "。";
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? message : message + "是不是想写：" + String.join("、", suggestions) + "？";
        }
        // Our own messages are Chinese already; picocli's rarer ones stay as picocli wrote them.
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? "选项 " + option.longestName() : "参数 " + arg.paramLabel();
    }
}
