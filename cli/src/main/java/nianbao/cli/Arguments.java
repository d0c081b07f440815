package nianbao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Typed values of command-line arguments, refused with a Chinese {@link UsageError}. */
final class Arguments {

    private Arguments() {
    }

    static Path path(String argument) throws UsageError {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UsageError("“" + argument + "”不是有效的路径。");
        }
    }

    static List<Path> paths(List<String> arguments) throws UsageError {
        List<Path> paths = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            paths.add(path(argument));
        }
        return paths;
    }

    static int integer(String option, String argument) throws UsageError {
        try {
            return Integer.parseInt(argument.strip());
        } catch (NumberFormatException e) {
            throw new UsageError(option + " 要写一个整数，不能是“" + argument + "”。");
        }
    }
}
