package nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example report of the repository and copies of it with one thing changed. */
final class Fixtures {

    /** A row of the application table whose cells are all blank in the example. */
    static final String NEW_APPLICATIONS_ROW = "本年新收        -       -";

    private Fixtures() {
    }

    static Path example() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/guanghua-2021.nianbao");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/guanghua-2021.nianbao not found above " + Path.of("").toAbsolutePath());
    }

    static String exampleText() {
        try {
            return Files.readString(example(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with its first occurrence of {@code from} replaced; fails if it is not there. */
    static String exampleWith(String from, String to) {
        String text = exampleText();
        if (!text.contains(from)) {
            throw new IllegalStateException("the example no longer contains: " + from);
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** The example with 本年新收/自然人 changed from blank to 3, which breaks the table's sums. */
    static String broken() {
        return exampleWith(NEW_APPLICATIONS_ROW, "本年新收        3       -");
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One-based line and UTF-16 column of the first {@code marker} after {@code lineStart}. */
    static String position(String text, String lineStart, String marker) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(lineStart)) {
                return (i + 1) + ":" + (lines[i].indexOf(marker, lineStart.length()) + 1);
            }
        }
        throw new IllegalStateException("no line starts with " + lineStart);
    }
}
