package nianbao.server;

import nianbao.core.Analyzer;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateResolver;

/**
 * Readies the analysis while the editor and the server are still shaking hands: on a
 * background thread, loads the default built-in template and analyses an empty report made from
 * it, so that the parsers, the template and the checks are loaded before the first document
 * arrives. Nothing is published and nothing is kept but what the pipeline caches anyway (the
 * template); a failure here is ignored, the first real analysis then simply does the work.
 */
final class Warmup {

    private Warmup() {
    }

    // The priority is only a hint (Linux ignores it by default): where it is honoured, the warm-up
    // yields to real requests; correctness never depends on it.
    @SuppressWarnings("ThreadPriorityCheck")
    static void inBackground() {
        Thread t = new Thread(Warmup::run, "nianbao-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private static void run() {
        try {
            Template template = TemplateResolver.builtIn().defaultFor(null);
            if (template != null) {
                new Analyzer().analyze(Skeleton.report(template, null, null));
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // only an optimisation: the first document's analysis will do the same work
        }
    }
}
