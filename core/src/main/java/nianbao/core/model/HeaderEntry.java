package nianbao.core.model;

import nianbao.core.template.FieldDef;
import nianbao.syntax.Range;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * A header line {@code 键：值}.
 *
 * @param def the template's field, or null for a field the template does not declare
 */
public record HeaderEntry(Word key, Word value, @Nullable FieldDef def, Range range) {
}
