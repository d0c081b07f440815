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
        PREVIOUS_REPORT,
        /** The agency's level (乡镇, 县级部门 …), for the plausibility rules. */
        LEVEL
    }

    /** For a level field: agency-name endings that imply a level (镇人民政府 → 乡镇), longest first. */
    private final java.util.List<java.util.Map.Entry<String, String>> inferences = new java.util.ArrayList<>();

    public java.util.List<java.util.Map.Entry<String, String>> inferences() {
        return java.util.List.copyOf(inferences);
    }

    void addInference(String ending, String level) {
        inferences.add(java.util.Map.entry(ending, level));
        inferences.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
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
