package nianbao.core.diagnostic;

import java.util.List;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/**
 * A finding: a check's stable id, a severity, the exact range it concerns, a message for the
 * clerk (in Chinese), and the fixes that would resolve it, computed when the finding is made.
 *
 * @param file      the file the range is in, when it is not the document being checked (a template)
 * @param dismissal the reason a {@code // 忽略 id：理由} comment gives for dismissing it, or null
 */
public record Diagnostic(String id, Severity severity, Range range, String message, List<Fix> fixes, @Nullable String file,
        @Nullable String dismissal) {

    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    public Diagnostic(String id, Severity severity, Range range, String message, List<Fix> fixes, @Nullable String file) {
        this(id, severity, range, message, fixes, file, null);
    }

    public Diagnostic dismissed(String reason) {
        return new Diagnostic(id, severity, range, message, fixes, file, reason);
    }

    public Diagnostic(String id, Severity severity, Range range, String message) {
        this(id, severity, range, message, List.of(), null);
    }

    public Diagnostic withFixes(List<Fix> more) {
        return new Diagnostic(id, severity, range, message, more, file, dismissal);
    }

    /** A change that resolves a finding: a title for the menu and the edits to make. */
    public record Fix(String title, List<Edit> edits) {
        public Fix {
            edits = List.copyOf(edits);
        }

        public static Fix replace(String title, Range range, String newText) {
            return new Fix(title, List.of(new Edit(range, newText)));
        }
    }

    /** Replace the text in a range (an empty range inserts). */
    public record Edit(Range range, String newText) {
    }
}
