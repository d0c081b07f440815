package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.syntax.Position;

/**
 * Diagnostics as compilers print them, {@code path:line:col: severity: message [id]}, so editors
 * and terminals can jump to them. Line and column are one-based; the column counts UTF-16 code
 * units, as the positions in core do (and as LSP clients and the JSON output count).
 */
final class DiagnosticLines {

    private DiagnosticLines() {
    }

    static String format(Path file, Diagnostic d) {
        // A finding in a template (d.file()) points into the template, not the report.
        String where = d.file() != null ? d.file() : file.toString();
        Position start = d.range().start();
        return where + ":" + (start.line() + 1) + ":" + (start.character() + 1) + ": "
                + d.severity().key() + ": " + d.message() + " [" + d.id() + "]"
                + (d.dismissal() != null ? "（已忽略：" + d.dismissal() + "）" : "");
    }

    static void print(PrintWriter out, Path file, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            out.println(format(file, d));
        }
    }
}
