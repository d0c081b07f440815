package nianbao.server;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import nianbao.core.Analysis;
import nianbao.core.template.TemplateReader;
import nianbao.syntax.SourceText;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.jspecify.annotations.Nullable;

/**
 * One version of an open document. Immutable: an edit makes a new one, so a task that holds a
 * version can tell whether it is still the current one. The analysis of a version is computed
 * once, the first time something needs it.
 */
final class TextDocument {

    private final String uri;
    private final int version;
    private final String text;
    private final BiFunction<String, String, Analysis> analyzer;
    private final BiFunction<String, String, TemplateReader.Result> templateReader;
    private @Nullable Analysis analysis;
    private TemplateReader.@Nullable Result template;

    TextDocument(String uri, int version, String text, BiFunction<String, String, Analysis> analyzer,
            BiFunction<String, String, TemplateReader.Result> templateReader) {
        this.uri = uri;
        this.version = version;
        this.text = text;
        this.analyzer = analyzer;
        this.templateReader = templateReader;
    }

    /** A template file (.nbt) rather than a report: read by the template reader, not analyzed as a report. */
    boolean isTemplate() {
        return uri.endsWith(".nbt");
    }

    synchronized TemplateReader.Result template() {
        if (template == null) {
            template = templateReader.apply(uri, text);
        }
        return template;
    }

    /** The findings to publish: the report's, or the template file's own. */
    List<nianbao.core.diagnostic.Diagnostic> findings() {
        if (isTemplate()) {
            return template().diagnostics().sorted().stream().filter(d -> d.file() == null).toList();
        }
        // fixes that append cells to a row come laid out under the table's columns
        return nianbao.core.features.AlignedFixes.of(analysis());
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    synchronized Analysis analysis() {
        if (analysis == null) {
            analysis = analyzer.apply(uri, text);
        }
        return analysis;
    }

    /**
     * The same version to be analysed afresh: something it depends on outside its own text (a
     * template file, last year's report, a setting) has changed.
     */
    TextDocument reread() {
        return new TextDocument(uri, version, text, analyzer, templateReader);
    }

    /** The next version: the changes applied in order, each to the result of the one before. */
    TextDocument edited(int newVersion, List<TextDocumentContentChangeEvent> changes, ServerLog log) {
        String result = text;
        for (TextDocumentContentChangeEvent change : changes) {
            result = applied(result, change, problem -> log.warning(uri + " v" + newVersion + ": " + problem));
        }
        return new TextDocument(uri, newVersion, result, analyzer, templateReader);
    }

    /**
     * One change applied to a text. A change without a range replaces the whole text; a range
     * is in UTF-16 code units. A position outside the text is clamped to it and reported, never
     * thrown: a client's off-by-one must not take the server down.
     */
    static String applied(String text, TextDocumentContentChangeEvent change, Consumer<String> problems) {
        String newText = change.getText() == null ? "" : change.getText();
        if (change.getRange() == null) {
            return newText;
        }
        SourceText source = new SourceText(text);
        int start = offset(source, change.getRange().getStart(), problems);
        int end = offset(source, change.getRange().getEnd(), problems);
        if (end < start) {
            problems.accept("edit range ends before it starts; taken as " + end + ".." + start);
            int t = start;
            start = end;
            end = t;
        }
        return text.substring(0, start) + newText + text.substring(end);
    }

    private static int offset(SourceText source, Position p, Consumer<String> problems) {
        if (p == null) {
            problems.accept("edit range without a position; taken as the start of the document");
            return 0;
        }
        int line = p.getLine();
        int character = p.getCharacter();
        if (line < 0) {
            problems.accept("position " + line + ":" + character + " is before the document; clamped to its start");
            return 0;
        }
        if (line >= source.lineCount()) {
            problems.accept("position " + line + ":" + character + " is past the last line (" + (source.lineCount() - 1)
                    + "); clamped to the end of the document");
            return source.text().length();
        }
        int start = source.lineStart(line);
        int length = source.lineEnd(line) - start;
        if (character < 0 || character > length) {
            int clamped = Math.max(0, Math.min(character, length));
            problems.accept("position " + line + ":" + character + " is outside its line (length " + length
                    + "); clamped to " + line + ":" + clamped);
            return start + clamped;
        }
        return start + character;
    }
}
