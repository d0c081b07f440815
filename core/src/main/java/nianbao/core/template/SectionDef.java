package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Range;

/** A section of the report, in the template's order. */
public final class SectionDef extends Declared {

    private final int order;
    private boolean required = true;
    private boolean proseOnly;
    private final List<TableDef> tables = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private NameIndex<TableDef> tableIndex;
    private LengthLimit lengthLimit;
    private LengthLimit partLengthLimit;
    private final List<RequiredStatement> requiredStatements = new ArrayList<>();

    SectionDef(String id, String label, int order, String templateId, Range declaredAt) {
        super(id, label, templateId, declaredAt);
        this.order = order;
    }

    /** Position in the report, from 0. */
    public int order() {
        return order;
    }

    public boolean required() {
        return required;
    }

    /** True if the section holds prose only (no tables). */
    public boolean proseOnly() {
        return proseOnly;
    }

    public List<TableDef> tables() {
        return List.copyOf(tables);
    }

    /** Lines of standard text a report may start the section with. */
    public List<String> boilerplate() {
        return List.copyOf(boilerplate);
    }

    public NameIndex<TableDef> tableIndex() {
        if (tableIndex == null) {
            tableIndex = Declared.index(tables);
        }
        return tableIndex;
    }

    void setRequired(boolean required) {
        this.required = required;
    }

    void setProseOnly(boolean proseOnly) {
        this.proseOnly = proseOnly;
    }

    void addTable(TableDef t) {
        tables.add(t);
        tableIndex = null;
    }

    void clearBoilerplate() {
        boilerplate.clear();
    }

    void addBoilerplate(String line) {
        boilerplate.add(line);
    }

    /** The local limit on the whole section's length, or null (national templates declare none). */
    public LengthLimit lengthLimit() {
        return lengthLimit;
    }

    /** The local limit on each part under a first-level sub-heading, or null. */
    public LengthLimit partLengthLimit() {
        return partLengthLimit;
    }

    /** The statements a local template requires of the section's prose (national templates declare none). */
    public List<RequiredStatement> requiredStatements() {
        return List.copyOf(requiredStatements);
    }

    /** Sets the limit of its scope, replacing one an extended template declared. */
    void setLengthLimit(LengthLimit limit) {
        if (limit.perPart()) {
            partLengthLimit = limit;
        } else {
            lengthLimit = limit;
        }
    }

    void addRequiredStatement(RequiredStatement r) {
        requiredStatements.add(r);
    }

    /** Removes the requirement of that id, if the section has it (it is being replaced); whether it did. */
    boolean removeRequiredStatement(String id) {
        return requiredStatements.removeIf(r -> r.id().equals(id));
    }

    /** Sets the description of the requirement of that id ({@code 说明} under it). */
    void describeRequiredStatement(String id, String text) {
        requiredStatements.replaceAll(r -> r.id().equals(id) ? r.withDescription(text) : r);
    }
}
