package nianbao.core.template;

import nianbao.syntax.Range;

/** A header field of a report ({@code 标题：…}). */
public final class FieldDef extends Declared {

    /** What a field's value must look like. */
    public enum Kind { TEXT, YEAR }

    private final boolean required;
    private final Kind kind;

    FieldDef(String name, boolean required, Kind kind, String templateId, Range declaredAt) {
        super(name, name, templateId, declaredAt);
        this.required = required;
        this.kind = kind;
    }

    public boolean required() {
        return required;
    }

    public Kind kind() {
        return kind;
    }
}
