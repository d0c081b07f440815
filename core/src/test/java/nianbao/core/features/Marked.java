package nianbao.core.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.syntax.Position;
import nianbao.syntax.SourceText;

/** A report text with the caret marked by {@code |}, analysed; and the example report to edit. */
record Marked(String text, Position caret, Analysis analysis) {

    static final Path EXAMPLE = Path.of("..", "examples", "guanghua-2021.nianbao");

    static Marked of(String marked) {
        int at = marked.indexOf('|');
        if (at < 0 || marked.indexOf('|', at + 1) >= 0) {
            throw new IllegalArgumentException("mark the caret with exactly one |");
        }
        String text = marked.substring(0, at) + marked.substring(at + 1);
        return new Marked(text, new SourceText(text).position(at), new Analyzer().analyze(text));
    }

    static String example() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with the first occurrence of {@code find} replaced (the replacement may hold the caret). */
    static String example(String find, String replacement) {
        String text = example();
        int at = text.indexOf(find);
        if (at < 0) {
            throw new IllegalArgumentException("not in the example: " + find);
        }
        return text.substring(0, at) + replacement + text.substring(at + find.length());
    }

    /** The whole line of the example that starts with a prefix, without its line break. */
    static String exampleLine(String prefix) {
        return example().lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line starts with " + prefix));
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
