package nianbao.core.features;

import nianbao.syntax.Range;

/**
 * A declaration in a template file.
 *
 * @param templateId     the template's id ({@code national-2021})
 * @param templateSource where the template was read from: {@code builtin:<id>} for a built-in one
 *                       (its text is {@code TemplateRegistry.builtIn().text(id)}), else a file path
 * @param range          the declaring line in that file
 */
public record DefinitionTarget(String templateId, String templateSource, Range range) {

    public boolean builtIn() {
        return templateSource != null && templateSource.startsWith("builtin:");
    }
}
