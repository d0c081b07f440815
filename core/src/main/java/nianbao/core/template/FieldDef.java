package nianbao.core.template;

import nianbao.syntax.Range;

/** A header field of a report ({@code 标题：…}). */
public final class FieldDef extends Declared {

    /** What a field's value must look like. */
    public enum Kind {
        TEXT,
        /** The title of the report, printed at the top of the published page. */
        TITLE,
        /** A four-digit year: the report year. */
        YEAR,
        /** The name of the reporting agency (finds last year's report of the same agency). */
        AGENCY,
        /** The path of last year's report, for the cross-year rules. */
        PREVIOUS_REPORT
    }

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
