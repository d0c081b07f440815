package nianbao.importer;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** What the importer tests of text do over and over: import a text as a .txt file, describe the result, count problems. */
final class TextImports {

    private TextImports() {
    }

    /** A text imported as a UTF-8 .txt file (the name only tells the importer the format). */
    static ImportResult importText(String text) {
        return Importer.importBytes("report.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The .nianbao text, then each problem (id, severity, description) on a line: for assertion messages. */
    static String describe(ImportResult r) {
        return r.nianbaoText() + r.problems().stream().map(p -> p.id() + " " + p.severity() + " " + p.describe())
                .collect(Collectors.joining("\n", "\n", ""));
    }

    /** How many problems of a kind the import reported. */
    static long count(ImportResult r, ProblemId kind) {
        return r.problems().stream().filter(p -> p.kind() == kind).count();
    }
}
