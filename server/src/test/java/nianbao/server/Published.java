package nianbao.server;

import java.util.List;
import nianbao.core.Analyzer;
import org.eclipse.lsp4j.Diagnostic;

/** Diagnostics in a form two lists can be compared by, and what core says about a text. */
final class Published {

    private Published() {
    }

    static List<String> summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Published::summary).toList();
    }

    static String summary(Diagnostic d) {
        return d.getCode().getLeft() + " " + d.getSeverity() + " " + at(d.getRange()) + " " + d.getSource() + " "
                + d.getMessage().getLeft() + " data=" + d.getData();
    }

    static String at(org.eclipse.lsp4j.Range r) {
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":"
                + r.getEnd().getCharacter();
    }

    /** What core itself finds in a text, as the server would publish it. */
    static List<String> expected(String text) {
        // as the server publishes them: fixes that append zeros to a row laid out (AlignedFixes)
        return summary(LspTypes.diagnostics(nianbao.core.features.AlignedFixes.of(new Analyzer().analyze(text))));
    }
}
