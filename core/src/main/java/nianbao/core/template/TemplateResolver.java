package nianbao.core.template;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;

/**
 * Finds the template a report names ({@code 模板：national-2021}). The built-in resolver knows
 * the national formats; shared template files plug in here.
 */
public interface TemplateResolver {

    /**
     * @return the template and the problems of reading it, or null when nothing has that name
     */
    Resolution resolve(String reference);

    /** The names a clerk may write after {@code 模板：}, for completion. */
    List<String> knownNames();

    /** The template to check a report against when it names none (or an unknown one). */
    Template defaultFor(Integer year);

    /**
     * Why a reference that resolved to nothing was refused (an absolute path, a path leaving the
     * workspace, a file that is not a template), in words for the clerk; null when it simply
     * names nothing known.
     */
    default String whyNot(String reference) {
        return null;
    }

    record Resolution(Template template, List<Diagnostic> problems) {
    }

    static TemplateResolver builtIn() {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        return new TemplateResolver() {
            @Override
            public Resolution resolve(String reference) {
                TemplateReader.Result r = registry.load(reference.strip());
                return r == null ? null : new Resolution(r.template(), r.diagnostics().all());
            }

            @Override
            public List<String> knownNames() {
                return registry.builtInIds();
            }

            @Override
            public Template defaultFor(Integer year) {
                // builtin.list is in chronological order: the newest format is the fallback.
                Template fallback = null;
                for (String id : registry.builtInIds()) {
                    Template t = registry.get(id);
                    fallback = t;
                }
                for (String id : registry.builtInIds()) {
                    Template t = registry.get(id);
                    if (year != null && t.appliesTo(year)) {
                        return t;
                    }
                }
                return fallback;
            }
        };
    }
}
