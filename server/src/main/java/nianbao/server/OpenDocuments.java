package nianbao.server;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import nianbao.core.Analysis;
import nianbao.core.template.TemplateReader;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.jspecify.annotations.Nullable;

/**
 * The documents the client has open, each at its latest version. Changes arrive on the protocol
 * thread in order; readers on other threads see whole versions only.
 */
final class OpenDocuments {

    private final ConcurrentMap<String, TextDocument> documents = new ConcurrentHashMap<>();
    private final BiFunction<String, String, Analysis> analyzer;
    private final BiFunction<String, String, TemplateReader.Result> templateReader;
    private final ServerLog log;

    OpenDocuments(BiFunction<String, String, Analysis> analyzer,
            BiFunction<String, String, TemplateReader.Result> templateReader, ServerLog log) {
        this.analyzer = analyzer;
        this.templateReader = templateReader;
        this.log = log;
    }

    TextDocument open(String uri, int version, String text) {
        TextDocument doc = new TextDocument(uri, version, text == null ? "" : text, analyzer, templateReader);
        documents.put(uri, doc);
        return doc;
    }

    /** The new version, or null when the document is not open (the change is then ignored). */
    @Nullable TextDocument change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        TextDocument current = documents.get(uri);
        if (current == null) {
            log.warning("change to a document that is not open, ignored: " + uri);
            return null;
        }
        TextDocument next = current.edited(version, changes, log);
        documents.put(uri, next);
        return next;
    }

    /**
     * Every open document to be analysed afresh (its text and version unchanged), as when a
     * template, last year's report or a setting changed; returns the new instances. A document
     * edited meanwhile keeps its newer version.
     */
    List<TextDocument> rereadAll() {
        List<TextDocument> out = new java.util.ArrayList<>();
        for (TextDocument current : documents.values()) {
            TextDocument fresh = current.reread();
            if (documents.replace(current.uri(), current, fresh)) {
                out.add(fresh);
            }
        }
        return out;
    }

    void close(String uri) {
        documents.remove(uri);
    }

    /** The latest version, or null when the document is not open. */
    @Nullable TextDocument get(@Nullable String uri) {
        return uri == null ? null : documents.get(uri);
    }

    /** Whether this exact version is still the latest one. */
    boolean isCurrent(TextDocument doc) {
        return documents.get(doc.uri()) == doc;
    }
}
