package nianbao.core.output;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * Findings as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}),
 * which the runner turns into annotations on the file and line of the pull request. Lines and
 * columns are one-based; the column counts UTF-16 code units, as every position in core does.
 */
public final class GithubOutput {

    private GithubOutput() {
    }

    public static String render(List<CheckedFile> files) {
        StringBuilder out = new StringBuilder();
        for (CheckedFile f : files) {
            for (Diagnostic d : f.findings()) {
                out.append(command(f.pathOf(d), d)).append('\n');
            }
        }
        return out.toString();
    }

    static String command(String path, Diagnostic d) {
        String level = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "notice";
        };
        Range r = d.range();
        Position start = r.start();
        Position end = r.end();
        StringBuilder line = new StringBuilder("::").append(level)
                .append(" file=").append(property(path))
                .append(",line=").append(start.line() + 1)
                .append(",col=").append(start.character() + 1);
        if (end.line() >= start.line()) {
            line.append(",endLine=").append(end.line() + 1);
            // GitHub takes endColumn only on a one-line annotation.
            if (end.line() == start.line() && end.character() > start.character()) {
                line.append(",endColumn=").append(end.character() + 1);
            }
        }
        line.append(",title=").append(property(d.id()));
        return line.append("::").append(data(d.message() + " [" + d.id() + "]")).toString();
    }

    /** The escaping the runner undoes in a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping the runner undoes in a property value (where {@code ,} and {@code :} separate). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
