package nianbao.core.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.syntax.SourceText;

/** Applies edits to a text, as an editor would: for formatting, quick fixes and their tests. */
public final class TextEdits {

    private TextEdits() {
    }

    /** The text after the edits, which must not overlap; their ranges refer to the original text. */
    public static String apply(String text, List<Diagnostic.Edit> edits) {
        SourceText source = new SourceText(text);
        List<Diagnostic.Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((Diagnostic.Edit e) -> e.range().start()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Diagnostic.Edit e : sorted) {
            sb.replace(source.offset(e.range().start()), source.offset(e.range().end()), e.newText());
        }
        return sb.toString();
    }
}
