package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code nianbao} as a real process, the way a clerk or a CI script does: a fresh JVM on
 * the test class path (the shaded jar does not exist yet in the {@code test} phase).
 */
final class Cli {

    /** What a run left behind. */
    record Run(int exit, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }

        /** No stack trace ever reaches the clerk. */
        void assertNoStackTrace() {
            assertTrue(!err.contains("Exception") && !err.contains("\tat "), () -> "stack trace on stderr:\n" + err);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    /** Runs the command in {@code directory} (relative paths in arguments are relative to it). */
    static Run run(Path directory, String... args) throws IOException, InterruptedException {
        return runWithJvmFlags(directory, List.of(), args);
    }

    /** As {@link #run}, the JVM started with {@code jvmFlags} too. */
    static Run runWithJvmFlags(Path directory, List<String> jvmFlags, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("nianbao-out", ".txt");
        Path err = Files.createTempFile("nianbao-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            // A guard against a hung child, not a performance assertion.
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("nianbao did not finish: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
