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

    /**
     * For the agency field: how a full agency name ends, and the place-name endings of a name
     * that lacks it ({@code 全称 人民政府 镇 乡 …}: 光华镇 → 光华镇人民政府), in the order written.
     */
    public record FullName(String ending, java.util.List<String> places) {
    }

    private final java.util.List<FullName> fullNames = new java.util.ArrayList<>();

    private String pattern = "";
    private final java.util.List<String> dropEndings = new java.util.ArrayList<>();

    /**
     * The value generated reports start with ({@code 样板 {机关简称}{年度}年…报告}): {@code {机关}},
     * {@code {机关简称}} and {@code {年度}} are filled in; "" when the template gives none.
     */
    String fill(String agency, String shortAgency, Integer year) {
        if (pattern.isEmpty() || agency == null || year == null) {
            return "";
        }
        return pattern.replace("{机关简称}", shortAgency).replace("{机关}", agency)
                .replace("{年度}", String.valueOf(year));
    }

    /** For the agency field: the name without an ending the template drops ({@code 简称去掉 人民政府}). */
    public String shortAgency(String agency) {
        for (String ending : dropEndings) {
            if (agency.endsWith(ending) && agency.length() > ending.length()) {
                return agency.substring(0, agency.length() - ending.length());
            }
        }
        return agency;
    }

    /** The 样板 of the field ("" if none), for {@link TemplateImage}. */
    String pattern() {
        return pattern;
    }

    /** The 简称去掉 endings, for {@link TemplateImage}. */
    java.util.List<String> dropEndings() {
        return java.util.List.copyOf(dropEndings);
    }

    /** The {@code 全称} lines of the agency field, in the order written. */
    public java.util.List<FullName> fullNames() {
        return java.util.List.copyOf(fullNames);
    }

    void addFullName(String ending, java.util.List<String> places) {
        fullNames.add(new FullName(ending, java.util.List.copyOf(places)));
    }

    void setPattern(String pattern) {
        this.pattern = pattern;
    }

    void addDropEnding(String ending) {
        dropEndings.add(ending);
    }

    public java.util.List<java.util.Map.Entry<String, String>> inferences() {
        return java.util.List.copyOf(inferences);
    }

    void addInference(String ending, String level) {
        // Longest ending first, endings of one length in the order added: inserted in place rather
        // than sorted with a lambda comparator, which a short run would link at run time (BENCHMARKS.md).
        int at = 0;
        while (at < inferences.size() && inferences.get(at).getKey().length() >= ending.length()) {
            at++;
        }
        inferences.add(at, java.util.Map.entry(ending, level));
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
