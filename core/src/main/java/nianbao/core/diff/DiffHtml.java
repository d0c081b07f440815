package nianbao.core.diff;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReportDiff} as one standalone HTML page ({@code nianbao/html/diff.mustache}): Mustache
 * escapes every value, so no text of either report reaches the page unescaped, and the page has
 * no scripts.
 */
public final class DiffHtml {

    private static final Template PAGE = Mustache.compiler()
            .escapeHTML(true)
            .emptyStringIsFalse(true)
            .defaultValue("")
            .compile(resource("nianbao/html/diff.mustache"));

    private DiffHtml() {
    }

    public static String render(ReportDiff d) {
        return PAGE.execute(model(d));
    }

    static Map<String, Object> model(ReportDiff d) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("before", side(d.lastYear()));
        page.put("after", side(d.thisYear()));
        page.put("summary", DiffOutput.summary(d));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ReportDiff.SectionChange s : d.sections()) {
            sections.add(Map.of("label", s.label(), "added", s.kind() == ReportDiff.Kind.ADDED));
        }
        page.put("sections", sections);
        page.put("hasSections", !sections.isEmpty());
        List<Map<String, Object>> tables = new ArrayList<>();
        for (ReportDiff.TableDiff t : d.tables()) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("label", t.label());
            table.put("added", t.kind() == ReportDiff.Kind.ADDED);
            table.put("removed", t.kind() == ReportDiff.Kind.REMOVED);
            table.put("rowsAdded", String.join("、", t.rowsAdded()));
            table.put("rowsRemoved", String.join("、", t.rowsRemoved()));
            table.put("columnsAdded", String.join("、", t.columnsAdded()));
            table.put("columnsRemoved", String.join("、", t.columnsRemoved()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (ReportDiff.CellChange c : t.cells()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("row", c.row());
                cell.put("column", c.column());
                cell.put("old", DiffOutput.number(c.before()));
                cell.put("new", DiffOutput.number(c.after()));
                cell.put("change", DiffOutput.change(c));
                cell.put("direction", c.change().signum() > 0 ? "up" : "down");
                cell.put("line", c.line() > 0 ? String.valueOf(c.line()) : "");
                cells.add(cell);
            }
            table.put("cells", cells);
            table.put("hasCells", !cells.isEmpty());
            tables.add(table);
        }
        page.put("tables", tables);
        List<Map<String, Object>> prose = new ArrayList<>();
        String section = null;
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ReportDiff.ProseChange p : d.prose()) {
            if (!p.section().equals(section)) {
                section = p.section();
                changes = new ArrayList<>();
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("section", section);
                group.put("changes", changes);
                prose.add(group);
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("kind", switch (p.kind()) {
                case ADDED -> "增加";
                case REMOVED -> "删除";
                case CHANGED -> "修改";
            });
            change.put("class", DiffOutput.kind(p.kind()));
            change.put("old", p.before() == null ? "" : p.before());
            change.put("new", p.after() == null ? "" : p.after());
            change.put("line", String.valueOf(p.line()));
            changes.add(change);
        }
        page.put("prose", prose);
        return page;
    }

    private static Map<String, Object> side(ReportDiff.Side s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file());
        m.put("agency", s.agency() == null ? "" : s.agency());
        m.put("year", s.year() == null ? "" : String.valueOf(s.year()));
        m.put("template", s.template());
        return m;
    }

    private static String resource(String path) {
        try (InputStream in = DiffHtml.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
