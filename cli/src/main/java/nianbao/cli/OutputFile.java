package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** Writes a command's output file, creating its folder; a failure is an {@link InputProblem}. */
final class OutputFile {

    /** The option that lets a command replace an existing output file (init, sum, diff). */
    static final String OVERWRITE = "overwrite";

    private OutputFile() {
    }

    /** The long name of {@code -o} for a command that writes one file (init, diff). */
    static final String OUTPUT = "output";

    /**
     * {@code -o FILE} and {@code --overwrite} of a command that prints one file or writes it (init,
     * diff): the same words in both commands' help.
     */
    static void addFileOptions(Options options) {
        options.addOption(StandardOptions.valued("o", OUTPUT, "FILE", "写到这个文件（默认打印到标准输出）；已存在的文件不覆盖"));
        options.addOption(overwriteOption("覆盖已存在的 -o 文件"));
    }

    /** {@code --overwrite}, described for the command's own output. */
    static Option overwriteOption(String description) {
        return StandardOptions.flag(null, OVERWRITE, description);
    }

    /**
     * True (and says so on {@code err}) when {@code output} exists and the command line does not
     * allow replacing it: a command never overwrites a file unasked, as {@code init} never did.
     */
    static boolean refusesToOverwrite(@Nullable Path output, CommandLine line, PrintWriter err) {
        if (output == null || !Files.exists(output) || line.hasOption(OVERWRITE)) {
            return false;
        }
        err.println("nianbao: " + output + " 已存在，没有覆盖（要覆盖，加 --overwrite）。");
        return true;
    }

    static void write(Path target, String text) throws InputProblem {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, byte[] bytes) throws InputProblem {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new InputProblem("无法写入 " + target + "：" + FileErrors.reason(e));
        }
    }
}
