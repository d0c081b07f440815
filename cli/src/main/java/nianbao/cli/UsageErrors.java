package nianbao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.Names;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Says in Chinese what was wrong with the arguments, and where the help is; exit status 2. */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * Prints the message and the pointer to the help of {@code command} (such as
     * {@code nianbao check}).
     */
    static int report(PrintWriter err, String command, String message) {
        err.println("nianbao: " + message);
        err.println("运行 “" + command + " --help” 查看用法。");
        err.flush();
        return ExitStatus.TROUBLE;
    }

    /** Commons CLI's complaint about {@code options}, in Chinese. */
    static String describe(ParseException e, Options options) {
        if (e instanceof UnrecognizedOptionException unknown) {
            List<String> names = new ArrayList<>();
            for (Option option : options.getOptions()) {
                names.add(StandardOptions.nameOf(option));
            }
            return unknown("参数", unknown.getOption(), names);
        }
        if (e instanceof MissingOptionException missing) {
            StringBuilder names = new StringBuilder();
            for (Object key : missing.getMissingOptions()) {
                Option option = key instanceof String name ? options.getOption(name) : null;
                names.append(names.length() == 0 ? "" : "、").append(option != null ? StandardOptions.nameOf(option) : key);
            }
            return "缺少选项 " + names + "。";
        }
        if (e instanceof MissingArgumentException missing) {
            Option option = missing.getOption();
            return "选项 " + StandardOptions.nameOf(option) + " 后面缺少值（" + option.getArgName() + "）。";
        }
        // Rarer complaints (such as an ambiguous option) stay as Commons CLI wrote them.
        return String.valueOf(e.getMessage());
    }

    /** {@code 不认识的参数：--strikt。是不是想写：--strict？}, the suggestion only when one is close. */
    static String unknown(String what, String typed, List<String> known) {
        String message = "不认识的" + what + "：" + typed + "。";
        List<String> near = nearest(typed, known);
        return near.isEmpty() ? message : message + "是不是想写：" + String.join("、", near) + "？";
    }

    /**
     * The known words that {@code typed} begins (at least two letters of them), else those at the
     * smallest edit distance, if at most 2 (1 for short words).
     */
    static List<String> nearest(String typed, List<String> known) {
        List<String> completions = new ArrayList<>();
        for (String candidate : known) {
            if (typed.replace("-", "").length() >= 2 && candidate.startsWith(typed)) {
                completions.add(candidate);
            }
        }
        if (!completions.isEmpty()) {
            return completions;
        }
        int limit = typed.length() <= 3 ? 1 : 2;
        int best = limit + 1;
        List<String> near = new ArrayList<>();
        for (String candidate : known) {
            int distance = Names.distance(typed, candidate);
            if (distance > limit) {
                continue;
            }
            if (distance < best) {
                best = distance;
                near.clear();
            }
            if (distance == best) {
                near.add(candidate);
            }
        }
        return near;
    }
}
