package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.syntax.Range;

/**
 * Something a template declares: an id, an official label, aliases, a description, and where
 * the declaration stands (for go-to-definition and for diagnostics in the template).
 */
public abstract class Declared {

    private final String id;
    private final String label;
    private final List<String> aliases = new ArrayList<>();
    private String description = "";
    private final String templateId;
    private final Range declaredAt;

    Declared(String id, String label, String templateId, Range declaredAt) {
        this.id = id;
        this.label = label;
        this.templateId = templateId;
        this.declaredAt = declaredAt;
    }

    public String id() {
        return id;
    }

    /** The official label, as the national format prints it. */
    public String label() {
        return label;
    }

    /** The name a clerk types: the first alias, else the official label. */
    public String shortName() {
        return aliases.isEmpty() ? label : aliases.get(0);
    }

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    /** The official label followed by the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(label);
        names.addAll(aliases);
        return names;
    }

    public String description() {
        return description;
    }

    /** The id of the template whose file holds this declaration. */
    public String templateId() {
        return templateId;
    }

    public Range declaredAt() {
        return declaredAt;
    }

    void addAliases(List<String> more) {
        for (String a : more) {
            if (!aliases.contains(a)) {
                aliases.add(a);
            }
        }
    }

    void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + id + ")";
    }
}
