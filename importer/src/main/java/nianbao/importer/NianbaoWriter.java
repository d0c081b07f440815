package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.core.model.ReportBinder;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.text.DisplayWidth;
import nianbao.core.text.NameIndex;

/** Writes a mapped report in the report language: header, sections in template order, aligned tables. */
final class NianbaoWriter {

    private NianbaoWriter() {
    }

    /** @param templateReference what the report names after {@code 模板：} */
    static String write(MappedReport report, String templateReference, String sourceName) {
        StringBuilder sb = new StringBuilder();
        sb.append("// 由 nianbao import 从 ").append(sourceName).append(" 导入；数字照原文保留，未作更正。\n");
        for (FieldDef f : report.template.fields()) {
            String value = switch (f.kind()) {
                case TITLE -> report.title;
                case AGENCY -> report.agency;
                case YEAR -> report.year == null ? null : String.valueOf(report.year);
                case TEXT -> f.id().equals(ReportBinder.TEMPLATE_FIELD) ? templateReference : null;
                case PREVIOUS_REPORT, LEVEL -> null;
            };
            if (value != null) {
                sb.append(f.id()).append('：').append(value).append('\n');
            }
        }
        for (SectionDef def : report.template.sections()) {
            MappedReport.Section section = report.section(def);
            if (section == null) {
                continue;
            }
            sb.append("\n# ").append(heading(report, section)).append('\n');
            for (MappedReport.Content item : section.content) {
                if (item instanceof MappedReport.TablePlace place) {
                    if (!sb.toString().endsWith("\n\n")) {
                        sb.append('\n');
                    }
                    sb.append(table(report.tables.get(place.table()))).append('\n');
                } else if (item instanceof MappedReport.Prose prose) {
                    sb.append(isSubheading(prose.text()) ? "## " : "").append(prose.text()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The heading as published when the report language recognises it, else the official label. */
    private static String heading(MappedReport report, MappedReport.Section section) {
        NameIndex.Lookup<SectionDef> l = report.template.sectionIndex().lookup(section.heading);
        return l instanceof NameIndex.Found<SectionDef> f && f.thing() == section.def ? section.heading : section.def.label();
    }

    /** {@code （一）…} without a full stop: the official format's sub-heading. */
    private static boolean isSubheading(String line) {
        return line.matches("^[（(][一二三四五六七八九十]+[)）].*") && !line.contains("。");
    }

    private static String table(MappedReport.Table table) {
        TableDef def = table.def;
        List<ColumnDef> columns = def.columns().stream().filter(table.columns::contains).toList();
        List<RowDef> rows = def.valueRows().stream().filter(table.values::containsKey).toList();
        int labelWidth = DisplayWidth.of("[" + def.label() + "]");
        for (RowDef r : rows) {
            labelWidth = Math.max(labelWidth, DisplayWidth.of(Skeleton.preferredName(r)));
        }
        List<Integer> widths = new ArrayList<>();
        for (ColumnDef c : columns) {
            int w = DisplayWidth.of(c.label());
            for (RowDef r : rows) {
                w = Math.max(w, DisplayWidth.of(cell(table.values.get(r), c)));
            }
            widths.add(w);
        }
        StringBuilder sb = new StringBuilder();
        StringBuilder head = new StringBuilder(DisplayWidth.pad("[" + def.label() + "]", labelWidth));
        for (int i = 0; i < columns.size(); i++) {
            head.append("  ").append(DisplayWidth.pad(columns.get(i).label(), widths.get(i)));
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (RowDef r : rows) {
            StringBuilder line = new StringBuilder(DisplayWidth.pad(Skeleton.preferredName(r), labelWidth));
            for (int i = 0; i < columns.size(); i++) {
                line.append("  ").append(DisplayWidth.pad(cell(table.values.get(r), columns.get(i)), widths.get(i)));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String cell(Map<ColumnDef, String> values, ColumnDef column) {
        String v = values.get(column);
        return v == null ? "-" : v;
    }
}
