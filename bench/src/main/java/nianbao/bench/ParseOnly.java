package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.ReportSyntaxParser;

/**
 * A second floor of the CLI benchmark: reads a report and parses it with nianbao's grammar, and
 * does nothing else (no template, no binding, no checks). Packed with the grammar module and the
 * ANTLR runtime only, it shows what the parse alone costs a fresh JVM, which no {@code check}
 * can avoid.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        ReportSyntax syntax = ReportSyntaxParser.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        System.out.println(syntax.sections().size() + " sections, " + syntax.problems().size() + " problems");
    }
}
