package nianbao.cli.shipped;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The artifacts the build ships, and a way to run them as a user does: a separate process, in a
 * directory of the test's own, with nothing of the test's class path. Failsafe passes the paths
 * (cli/pom.xml): the jar {@code cli/target/nianbao.jar} (its {@code lib/} beside it), the
 * repository root (the launcher {@code ./nianbao}, {@code examples/}) and the project version.
 */
final class Shipped {

    /** What a run left behind. */
    record Run(List<String> command, int exit, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }

        /** Neither a crash of the JVM nor a stack trace reaches the user. */
        Run assertNoStackTrace() {
            assertTrue(!err.contains("Exception") && !err.contains("Error:") && !err.contains("\tat ")
                    && !err.contains("内部错误"), () -> "crash or stack trace:\n" + this);
            return this;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Shipped() {
    }

    static Path jar() {
        Path jar = Path.of(property("nianbao.jar"));
        assertTrue(Files.isRegularFile(jar), "the build made " + jar);
        return jar;
    }

    static Path root() {
        return Path.of(property("nianbao.root")).toAbsolutePath().normalize();
    }

    static String version() {
        return property("nianbao.version");
    }

    static Path example(String name) {
        return root().resolve("examples").resolve(name);
    }

    /** The java of the JVM that runs the tests (Java 17+, as a user has it). */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The importer's corpus of real published reports, read in place rather than copied here. */
    private static final Path REAL = Path.of("..", "importer", "src", "test", "resources", "real");

    /**
     * A test input under src/test/resources/shipped/ (see the README there), or a file of the
     * real-report corpus ({@code importer/src/test/resources/real/}).
     */
    static Path input(String name) {
        try {
            var url = Shipped.class.getResource("/shipped/" + name);
            if (url == null && Files.isRegularFile(REAL.resolve(name))) {
                return REAL.resolve(name).toAbsolutePath().normalize();
            }
            assertTrue(url != null, "test input " + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a test input or an example into {@code dir}; returns its name there. */
    static String copy(Path from, Path dir) {
        try {
            Files.copy(from, dir.resolve(from.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            return from.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java -jar nianbao.jar ARGS} in {@code dir}: the way that works on every OS. */
    static Run nianbao(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(java().toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(dir, Map.of(), command, null);
    }

    /**
     * Runs {@code command} in {@code dir} with the environment changed by {@code env} (a null
     * value removes a variable) and {@code stdin} as its standard input (or none).
     */
    static Run run(Path dir, Map<String, String> env, List<String> command, byte[] stdin) {
        try {
            Path out = Files.createTempFile("shipped-out", ".txt");
            Path err = Files.createTempFile("shipped-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                env.forEach((name, value) -> {
                    if (value == null) {
                        builder.environment().remove(name);
                    } else {
                        builder.environment().put(name, value);
                    }
                });
                Process process = builder.start();
                try (OutputStream in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin);
                    }
                }
                // A guard against a hung child, not a performance assertion.
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("did not finish: " + command);
                }
                return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), () -> "failsafe passes -D" + name + " (cli/pom.xml)");
        return value;
    }
}
