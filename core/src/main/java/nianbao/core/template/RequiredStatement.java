package nianbao.core.template;

import java.util.List;
import nianbao.core.text.Phrase;
import nianbao.syntax.Range;

/**
 * A statement a local template requires of a section's prose ({@code 应写明 proactive
 * 主动公开…{数}…条|主动公开…{数}…件}): the requirement is met when a line of the section's prose
 * matches one of its wordings. A wording with {@code {数}} requires a figure: the sentence must
 * state a number there.
 *
 * @param id          the requirement's id: a template that extends this one replaces it by declaring the same id
 * @param wordings    the wordings, any of which meets it ({@link Phrase#statement})
 * @param description what is required, in the clerk's words ({@code 说明}); empty if none
 * @param templateId  the template whose file declares it (the one that requires it)
 */
public record RequiredStatement(String id, List<Phrase> wordings, String description, String templateId,
        Range declaredAt) {

    public RequiredStatement {
        wordings = List.copyOf(wordings);
    }

    RequiredStatement withDescription(String text) {
        return new RequiredStatement(id, wordings, text, templateId, declaredAt);
    }

    /** The wordings as the template writes them, joined by {@code |}. */
    public String written() {
        return String.join("|", wordings.stream().map(Phrase::source).toList());
    }
}
