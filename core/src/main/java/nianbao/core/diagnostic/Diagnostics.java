package nianbao.core.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.syntax.Range;

/** Collects findings while checks run. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public Diagnostic add(String id, Severity severity, Range range, String message) {
        Diagnostic d = new Diagnostic(id, severity, range, message);
        items.add(d);
        return d;
    }

    public void error(String id, Range range, String message) {
        add(id, Severity.ERROR, range, message);
    }

    public void warning(String id, Range range, String message) {
        add(id, Severity.WARNING, range, message);
    }

    /** Findings in document order (then by id, so output is stable). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(items);
        out.sort(Comparator.comparing((Diagnostic d) -> d.range().start())
                .thenComparing(Diagnostic::id)
                .thenComparing(Diagnostic::message));
        return out;
    }

    public List<Diagnostic> all() {
        return List.copyOf(items);
    }
}
