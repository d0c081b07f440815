package nianbao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;

/** A published report as the mapper understood it: header facts, sections, table values by template row and column. */
final class MappedReport {

    final Template template;
    String title;
    Integer year;
    String agency;
    final Map<SectionDef, Section> sections = new LinkedHashMap<>();
    final Map<TableDef, Table> tables = new LinkedHashMap<>();

    MappedReport(Template template) {
        this.template = template;
    }

    /** A section: its heading as published and its content (prose lines and tables) in order. */
    static final class Section {
        final SectionDef def;
        String heading;
        /** True while the section is known only from a table found in it, not from its heading. */
        boolean headingMissing;
        /** Prose lines and the places of tables, in source order. */
        final List<Content> content = new ArrayList<>();

        Section(SectionDef def, String heading, boolean headingMissing) {
            this.def = def;
            this.heading = heading;
            this.headingMissing = headingMissing;
        }
    }

    /** What a section holds, in order: lines of prose and the places where its tables stand. */
    sealed interface Content permits Prose, TablePlace {
    }

    /** One line of prose, made safe for the report language. */
    record Prose(String text) implements Content {
    }

    /** Where a template table stands among the prose (its values are in {@link MappedReport#tables}). */
    record TablePlace(TableDef table) implements Content {
    }

    /** The values of one template table, as published text ("-" for a blank). */
    static final class Table {
        final TableDef def;
        final SourcePosition at;
        final Map<RowDef, Map<ColumnDef, String>> values = new LinkedHashMap<>();
        final Set<ColumnDef> columns = new LinkedHashSet<>();
        /** The column order of the last header read, for a table continued after a page break. */
        List<ValueKey> keys = List.of();

        Table(TableDef def, SourcePosition at) {
            this.def = def;
            this.at = at;
        }

        int cellCount() {
            return values.values().stream().mapToInt(Map::size).sum();
        }
    }

    Section section(SectionDef def) {
        return sections.get(def);
    }
}
