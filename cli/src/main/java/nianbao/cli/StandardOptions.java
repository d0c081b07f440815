package nianbao.cli;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** The options every command has, and the helpers commands use to declare theirs. */
final class StandardOptions {

    static final String HELP = "help";
    static final String VERSION = "version";

    private StandardOptions() {
    }

    /** {@code -h/--help} and {@code -V/--version}, described in Chinese. */
    static Options addTo(Options options) {
        options.addOption(flag("h", HELP, "显示本帮助并退出"));
        options.addOption(flag("V", VERSION, "显示版本号并退出"));
        return options;
    }

    /** An option without a value; {@code shortName} may be null. */
    static Option flag(@Nullable String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    /** An option with one value, shown as {@code --long=LABEL}; {@code shortName} may be null. */
    static Option valued(@Nullable String shortName, String longName, String label, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(label).desc(description).get();
    }

    /** As {@link #valued}, and the command cannot run without it. */
    static Option required(@Nullable String shortName, String longName, String label, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(label).required().desc(description).get();
    }

    /** How help and messages name an option: its long name when it has one. */
    static String nameOf(Option option) {
        return option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
    }
}
