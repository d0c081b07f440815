package nianbao.core.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.Assertions;

/** Assertions about where things lie in a document, and the guard against a hang. */
public final class Documents {

    /** Generous: a guard against a loop, not a performance assertion. */
    public static final Duration GUARD = Duration.ofSeconds(60);

    private Documents() {
    }

    public static <T> T guarded(Supplier<T> work) {
        return Assertions.assertTimeoutPreemptively(GUARD, work::get);
    }

    /** Start before end, both on a line of the document and within that line. */
    public static void assertInside(SourceText source, Range r, Supplier<String> what) {
        assertTrue(r.start().compareTo(r.end()) <= 0, () -> what.get() + ": range ends before it starts: " + r);
        assertInside(source, r.start(), what);
        assertInside(source, r.end(), what);
    }

    public static void assertInside(SourceText source, Position p, Supplier<String> what) {
        assertTrue(p.line() >= 0 && p.line() < source.lineCount(),
                () -> what.get() + ": line " + p.line() + " of " + source.lineCount());
        int length = source.lineEnd(p.line()) - source.lineStart(p.line());
        assertTrue(p.character() >= 0 && p.character() <= length,
                () -> what.get() + ": character " + p.character() + " on a line of " + length);
    }

    /** Every diagnostic of this document, and every edit of its fixes, lies inside it. */
    public static void assertDiagnosticsInside(SourceText source, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.file() != null) {
                continue; // a finding in a template file has that file's positions
            }
            assertInside(source, d.range(), () -> d.id() + " " + d.range());
            for (Diagnostic.Fix f : d.fixes()) {
                for (Diagnostic.Edit e : f.edits()) {
                    assertInside(source, e.range(), () -> "fix of " + d.id() + " " + e.range());
                }
            }
        }
    }

    /** Applies non-overlapping edits (each range in the original text) at once. */
    public static String apply(String text, List<Diagnostic.Edit> edits) {
        SourceText source = new SourceText(text);
        List<Diagnostic.Edit> sorted = edits.stream()
                .sorted((a, b) -> b.range().start().compareTo(a.range().start())).toList();
        StringBuilder sb = new StringBuilder(text);
        for (Diagnostic.Edit e : sorted) {
            sb.replace(source.offset(e.range().start()), source.offset(e.range().end()), e.newText());
        }
        return sb.toString();
    }

    /** The text less the characters the report language counts as spacing within a line. */
    public static String withoutSpacing(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(c -> c != ' ' && c != '\t' && c != '\u3000' && c != '\u00A0' && c != '\uFEFF')
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
