package nianbao.core.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.syntax.Range;

/**
 * What the editor's preview adds to the page model (never the published page): every finding,
 * numbered in document order and listed under the section it is in (or above the report, when
 * it is in no section: the header, a missing section); every value cell a finding covers
 * coloured by its severity with the messages as its tooltip and the findings' numbers beside
 * its value; the row labels of rows not written marked; and each table line and section with the
 * source line it comes from, so that the preview can follow the cursor.
 */
final class PreviewMarks {

    private PreviewMarks() {
    }

    /** One finding as the preview lists it. */
    private record Finding(int number, Diagnostic diagnostic) {
        Map<String, Object> model() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", Integer.toString(number));
            m.put("severity", severity(diagnostic.severity()));
            m.put("line", Integer.toString(diagnostic.range().start().line()));
            m.put("where", "第 " + (diagnostic.range().start().line() + 1) + " 行");
            m.put("message", diagnostic.message());
            m.put("id", diagnostic.id());
            return m;
        }
    }

    static void decorate(Map<String, Object> page, Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            if (d.file() == null) {
                findings.add(new Finding(findings.size() + 1, d));
            }
        }
        page.put("preview", true);
        List<ReportSection> sections = analysis.report().sections();
        List<Map<String, Object>> sectionModels = list(page, "sections");
        List<Finding> outside = new ArrayList<>(findings);
        for (int i = 0; i < sections.size() && i < sectionModels.size(); i++) {
            ReportSection s = sections.get(i);
            Map<String, Object> model = sectionModels.get(i);
            model.put("line", Integer.toString(s.syntax().headingRange().start().line()));
            List<Map<String, Object>> listed = new ArrayList<>();
            for (Finding f : findings) {
                if (within(f.diagnostic().range(), s.syntax().range())) {
                    listed.add(f.model());
                    outside.remove(f);
                }
            }
            model.put("findingList", listed.isEmpty() ? "" : Map.of("items", listed));
            for (Map<String, Object> block : list(model, "blocks")) {
                if (block.get("table") instanceof Map<?, ?> table) {
                    for (Map<String, Object> part : list(table, "parts")) {
                        ReportTable bound = s.tables().stream()
                                .filter(t -> t.def() != null && t.def().id().equals(part.get("id"))).findFirst().orElse(null);
                        if (bound != null) {
                            mark(part, bound, findings);
                        }
                    }
                }
            }
        }
        List<Map<String, Object>> top = outside.stream().map(Finding::model).toList();
        page.put("findingList", top.isEmpty() ? "" : Map.of("items", top));
    }

    /** A list the page model holds under a key (HtmlOutput puts every one read here). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<?, ?> model, String key) {
        return (List<Map<String, Object>>) Objects.requireNonNull(model.get(key), key);
    }

    /** The cells, rows and lines of one table of the page. */
    private static void mark(Map<String, Object> part, ReportTable table, List<Finding> findings) {
        TableDef def = Objects.requireNonNull(table.def(), "decorate() marks only tables with a template");
        for (Map<String, Object> line : list(part, "body")) {
            for (Map<String, Object> cell : list(line, "cells")) {
                String rowId = (String) cell.get("row");
                ReportRow row = table.rowsByDef().entrySet().stream().filter(e -> e.getKey().id().equals(rowId))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if ("row".equals(cell.get("role"))) {
                    RowDef rowDef = def.row(rowId);
                    if (row != null) {
                        line.put("line", Integer.toString(row.syntax().range().start().line()));
                    } else if (rowDef != null && rowDef.holdsValues()) {
                        // not written: the page shows the rest value or nothing; the preview says so
                        cell.put("mark", table.rest() != null ? "nb-rest" : "nb-missing");
                        cell.put("tip", table.rest() != null ? "未写出，按“其余”计" : "这一行没有写出");
                    }
                    continue;
                }
                ColumnDef column = def.column((String) cell.get("column"));
                if (row == null || column == null) {
                    continue;
                }
                Cell written = table.cell(row, column);
                if (written == null) {
                    continue;
                }
                Severity worst = null;
                List<String> numbers = new ArrayList<>();
                List<String> messages = new ArrayList<>();
                for (Finding f : findings) {
                    if (overlaps(f.diagnostic().range(), written.word().range())) {
                        numbers.add(Integer.toString(f.number()));
                        messages.add(f.number() + ". " + f.diagnostic().message());
                        Severity s = f.diagnostic().severity();
                        worst = worst == null || s.compareTo(worst) < 0 ? s : worst;
                    }
                }
                cell.put("line", Integer.toString(written.word().range().start().line()));
                if (worst != null) {
                    cell.put("mark", "nb-" + severity(worst));
                    cell.put("tip", String.join("\n", messages));
                    cell.put("refs", String.join(",", numbers));
                }
            }
        }
    }

    private static String severity(Severity s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean within(Range inner, Range outer) {
        return inner.start().compareTo(outer.start()) >= 0 && inner.start().compareTo(outer.end()) <= 0;
    }

    private static boolean overlaps(Range a, Range b) {
        return a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
    }
}
