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
        out.sort(IN_DOCUMENT_ORDER);
        return out;
    }

    // Written out rather than composed with Comparator.comparing(…).thenComparing(…): the JDK's
    // composed comparators are lambdas that a short run spins at run time (the class data sharing
    // archive holds only this project's), about a millisecond of every `nianbao check`.
    // And a class rather than a method reference, which would be linked at run time too.
    private static final Comparator<Diagnostic> IN_DOCUMENT_ORDER = new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            return inDocumentOrder(a, b);
        }
    };

    private static int inDocumentOrder(Diagnostic a, Diagnostic b) {
        int c = a.range().start().compareTo(b.range().start());
        if (c == 0) {
            c = a.id().compareTo(b.id());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    }

    public List<Diagnostic> all() {
        return List.copyOf(items);
    }
}
