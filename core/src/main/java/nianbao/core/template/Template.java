package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Range;

/**
 * A report format: header fields, sections in order, their tables with rows, columns and rules.
 * The national formats are templates; a county may publish its own. Everything the checker,
 * completion and output know of a report's shape comes from here.
 */
public final class Template {

    private String id;
    private final String source;
    private String name = "";
    private int firstYear = 0;
    private int lastYear = Integer.MAX_VALUE;
    private final List<FieldDef> fields = new ArrayList<>();
    private final List<SectionDef> sections = new ArrayList<>();
    private NameIndex<SectionDef> sectionIndex;
    private NameIndex<TableDef> tableIndex;
    private Range declaredAt;
    private final List<String> ancestors = new ArrayList<>();
    private final List<nianbao.core.text.Phrase> yearPhrases = new ArrayList<>();
    private final Typography typography = new Typography();

    /** Fonts and sizes of the printed report ({@code 版式} lines). */
    public Typography typography() {
        return typography;
    }

    /** Wordings whose {年} must be the report year (the statistics-period sentence). */
    public List<nianbao.core.text.Phrase> yearPhrases() {
        return List.copyOf(yearPhrases);
    }

    void addYearPhrase(nianbao.core.text.Phrase p) {
        yearPhrases.add(p);
    }

    Template(String id, String source) {
        this.id = id;
        this.source = source;
    }

    public String id() {
        return id;
    }

    /** Where the template was read from: a classpath resource or a file path. */
    public String source() {
        return source;
    }

    public String name() {
        return name;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public boolean appliesTo(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public List<FieldDef> fields() {
        return List.copyOf(fields);
    }

    public FieldDef field(String name) {
        for (FieldDef f : fields) {
            if (f.names().contains(name)) {
                return f;
            }
        }
        return null;
    }

    /** A field's generated value (FieldDef.fill), the short agency name from the agency field. */
    public String fill(FieldDef field, String agency, Integer year) {
        FieldDef agencyField = null;
        for (FieldDef f : fields) {
            if (f.kind() == FieldDef.Kind.AGENCY) {
                agencyField = f;
                break;
            }
        }
        String shortAgency = agency == null || agencyField == null ? agency : agencyField.shortAgency(agency);
        return field.fill(agency, shortAgency, year);
    }

    public List<SectionDef> sections() {
        return List.copyOf(sections);
    }

    public List<TableDef> tables() {
        List<TableDef> all = new ArrayList<>();
        for (SectionDef s : sections) {
            all.addAll(s.tables());
        }
        return all;
    }

    public NameIndex<SectionDef> sectionIndex() {
        if (sectionIndex == null) {
            sectionIndex = Declared.index(sections);
        }
        return sectionIndex;
    }

    /** Tables by name across all sections (a table written in the wrong section is still found). */
    public NameIndex<TableDef> tableIndex() {
        if (tableIndex == null) {
            tableIndex = Declared.index(tables());
        }
        return tableIndex;
    }

    public Range declaredAt() {
        return declaredAt;
    }

    void setId(String id) {
        this.id = id;
    }

    /** Ids of the templates this one extends, nearest first. */
    public java.util.List<String> ancestors() {
        return java.util.List.copyOf(ancestors);
    }

    private final java.util.Map<String, String> sources = new java.util.HashMap<>();

    /**
     * Where the file of a template in this one's chain was read from ({@code builtin:national-2021}
     * or a path): the file that declares something with that {@link Declared#templateId()}.
     */
    public String sourceOf(String templateId) {
        return sources.getOrDefault(templateId, templateId.equals(id) ? source : "builtin:" + templateId);
    }

    /** Where each template of the chain was read from, for {@link TemplateImage}. */
    java.util.Map<String, String> sources() {
        return java.util.Map.copyOf(sources);
    }

    void addSource(String templateId, String where) {
        sources.putIfAbsent(templateId, where);
    }

    void addAncestor(int index, String ancestorId) {
        ancestors.add(index, ancestorId);
    }

    void setName(String name) {
        this.name = name;
    }

    void setYears(int first, int last) {
        this.firstYear = first;
        this.lastYear = last;
    }

    void addField(FieldDef f) {
        fields.add(f);
    }

    void addSection(SectionDef s) {
        sections.add(s);
        sectionIndex = null;
        tableIndex = null;
    }

    void setDeclaredAt(Range r) {
        this.declaredAt = r;
    }
}
