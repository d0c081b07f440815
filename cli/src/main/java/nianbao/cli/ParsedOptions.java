package nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CommandLine#hasOption(String)}, {@link CommandLine#getOptionValue(String)} and
 * {@link CommandLine#getOptionValues(String)} answer (no option of ours is deprecated), looked up
 * with plain loops over the parsed options. Commons CLI finds an option by name with a stream: in
 * the one short JVM of a {@code nianbao check}, its first use loads the stream classes and links
 * their lambdas, about 2 ms (BENCHMARKS.md). Used on the path of {@code check}.
 */
final class ParsedOptions {

    private ParsedOptions() {
    }

    /** True when the option named (its long or short name, without hyphens) was given. */
    static boolean has(CommandLine line, String name) {
        for (Option o : line.getOptions()) {
            if (named(o, name)) {
                return true;
            }
        }
        return false;
    }

    /** The first value given to the option named, or {@code otherwise}. */
    static String value(CommandLine line, String name, String otherwise) {
        String value = value(line, name);
        return value == null ? otherwise : value;
    }

    /** The first value given to the option named, or null when it is not given. */
    static @Nullable String value(CommandLine line, String name) {
        List<String> values = values(line, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every value given to the option named, in order (empty when none). */
    static List<String> values(CommandLine line, String name) {
        List<String> values = new ArrayList<>();
        for (Option o : line.getOptions()) {
            if (named(o, name)) {
                values.addAll(o.getValuesList());
            }
        }
        return values;
    }

    private static boolean named(Option o, String name) {
        return name.equals(o.getOpt()) || name.equals(o.getLongOpt());
    }
}
