package nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/**
 * One command of {@code nianbao}: its options, its help, and what it does with the parsed
 * arguments. {@link Main} makes only the command that was asked for, so {@code check} never loads
 * the classes of {@code import} (POI) or {@code lsp} (LSP4J).
 */
interface Command {

    /** The word typed after {@code nianbao}. */
    String name();

    /** Its options, {@code --help} and {@code --version} included (see {@link StandardOptions}). */
    Options options();

    /** The arguments it takes after the options (one or more), or null when it takes none. */
    @Nullable Parameters parameters();

    /** The text of {@code --help}; built only when asked for. */
    Help help();

    /**
     * Runs the command on arguments that parsed, its parameters present.
     *
     * @return the exit status, one of {@link ExitStatus}
     * @throws UsageError   when the arguments make no sense together (exit status 2, with a pointer to --help)
     * @throws InputProblem when a file cannot be read or written (exit status 2)
     */
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception;

    /**
     * The arguments after the options.
     *
     * @param label       what each one is, such as {@code 文件} (help shows {@code 文件…}: one or more)
     * @param description one sentence for the help
     */
    record Parameters(String label, String description) {
    }

    /**
     * @param description  paragraphs under the usage line; the first is the summary in {@code nianbao --help}
     * @param exitStatuses one line per status, {@code "0:没有错误"}
     */
    record Help(List<String> description, List<String> exitStatuses) {
    }
}
