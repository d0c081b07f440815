package nianbao.core.template;

import nianbao.syntax.Range;

/**
 * A local limit on a section's length ({@code 字数上限 1500}, or {@code 字数上限 500 每小节} for
 * each part under a first-level sub-heading), in the units of {@link nianbao.core.text.ProseLength}.
 *
 * @param characters the most characters allowed
 * @param perPart    whether the limit holds for each part under a first-level sub-heading
 *                   rather than for the whole section
 * @param templateId the template whose file declares it (the one that requires it)
 */
public record LengthLimit(int characters, boolean perPart, String templateId, Range declaredAt) {
}
