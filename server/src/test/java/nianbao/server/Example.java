package nianbao.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The example report (which has no diagnostics) and ways to find places in it. */
final class Example {

    static final String URI = "file:///work/guanghua-2021.nianbao";

    private Example() {
    }

    static String text() {
        try {
            return Files.readString(Path.of("examples/guanghua-2021.nianbao"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    /** The index of the first line that starts with the given text. */
    static int lineStartingWith(String text, String start) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line starts with " + start);
    }

    /**
     * Where the total of the new-applications row (本年新收) stands: one character, a 0 in the
     * example. Tests break the balance rules by writing another number there.
     */
    static org.eclipse.lsp4j.Range newApplicationsTotal(String text) {
        int line = lineStartingWith(text, "本年新收");
        int total = lines(text).get(line).lastIndexOf('0');
        return LspSession.range(line, total, total + 1);
    }
}
