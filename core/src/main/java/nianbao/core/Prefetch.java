package nianbao.core;

import java.util.List;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateRegistry;
import nianbao.syntax.ReportSyntaxParser;

/**
 * Start-up work of a short run, done ahead on a second thread while the first reads its
 * arguments and files: the grammar's first parse (its ATNs and DFA caches) and the newest
 * built-in template, read and prepared ({@link Template#prepare}). Only what the run would do
 * anyway on the way to its first analysis, and nothing that changes an answer: with or without
 * it, every analysis is the same, only the first one starts later without it (BENCHMARKS.md has
 * the figures).
 *
 * <p>Why it cannot deadlock: the two threads only ever wait for each other on class
 * initialisation, and no static initialiser of the grammar, the template model or the text
 * module starts another of them that in turn needs the first (ClassInitCyclesTest holds this).
 * Why it cannot change an answer: the registry publishes a template through a concurrent map;
 * a template's indexes are immutable once built, and a wording's expression is volatile; a
 * duplicate, built by both threads at once, is equal and one is dropped.
 *
 * <p>A failure here is ignored: the main thread does the same work again where it needs it, and
 * reports the failure there.
 */
public final class Prefetch implements Runnable {

    private Prefetch() {
    }

    /**
     * Starts the work on a daemon thread (the run never waits for it to end); on a machine with
     * one processor, does nothing, as the work would only take turns with the main thread's.
     */
    public static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(new Prefetch(), "nianbao-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            ReportSyntaxParser.prepare();
            TemplateRegistry registry = TemplateRegistry.builtIn();
            List<String> ids = registry.builtInIds();
            if (!ids.isEmpty()) {
                // builtin.list is in chronological order: the newest format is the one most reports name
                Template newest = registry.get(ids.get(ids.size() - 1));
                if (newest != null) {
                    newest.prepare();
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // done again, and reported, where it is needed
        }
    }
}
