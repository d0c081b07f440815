package nianbao.core.output;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nianbao.core.Analysis;
import nianbao.core.model.Content;
import nianbao.core.model.HeaderEntry;
import nianbao.core.template.FieldDef;
import nianbao.core.model.Prose;
import nianbao.core.model.Report;
import nianbao.core.model.ReportTable;

/**
 * The published page of a report: one standalone HTML file with no scripts and no external
 * resources. The page is a Mustache template ({@code nianbao/html/report.mustache}, with the
 * partials beside it); Mustache escapes every value, so no user text reaches the page
 * unescaped, and no markup is built here.
 *
 * <p>This class only arranges the report into the page's model: header fields, sections, prose
 * blocks, and grids of table cells laid out by {@link TableLayout}. Which header field is the
 * title and how labels read is the page template's business.
 */
public final class HtmlOutput {

    private static final String ROOT = "nianbao/html/";
    private static final Template PAGE = Mustache.compiler()
            .escapeHTML(true)
            .emptyStringIsFalse(true)
            .defaultValue("")
            // Partials lose their final line end, so that {{>cell}} adds no space between cells.
            .withLoader(name -> new StringReader(resource(ROOT + name + ".mustache").stripTrailing()))
            .compile(resource(ROOT + "report.mustache"));

    private HtmlOutput() {
    }

    public static String render(Analysis analysis) {
        return PAGE.execute(model(analysis));
    }

    /**
     * The page for the editor's preview: the published page with what the checks found marked on
     * it ({@link PreviewMarks}): never written to a file, and the published page stays as it is.
     */
    public static String renderPreview(Analysis analysis) {
        Map<String, Object> page = model(analysis);
        PreviewMarks.decorate(page, analysis);
        return PAGE.execute(page);
    }

    static Map<String, Object> model(Analysis analysis) {
        Report report = analysis.report();
        Map<String, Object> page = new LinkedHashMap<>();
        // The title and agency by the kind the template gives their fields (报告标题, 机关名).
        for (HeaderEntry h : report.header()) {
            if (h.def() != null && h.def().kind() == FieldDef.Kind.TITLE && !h.value().text().isBlank()) {
                page.putIfAbsent("title", h.value().text().strip());
            }
            if (h.def() != null && h.def().kind() == FieldDef.Kind.AGENCY && !h.value().text().isBlank()) {
                page.putIfAbsent("agency", h.value().text().strip());
            }
        }
        page.put("year", report.year() == null ? "" : report.year().toString());
        page.put("templateName", report.template().name());
        String impliedUnit = impliedUnit(report);
        page.put("preamble", blocks(report.preamble(), impliedUnit));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (var s : report.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("heading", s.def() != null ? s.def().label() : s.syntax().heading().text());
            section.put("id", s.def() != null ? s.def().id() : "");
            section.put("blocks", blocks(s.content(), impliedUnit));
            sections.add(section);
        }
        page.put("sections", sections);
        return page;
    }

    /**
     * Prose blocks and table grids. Tables that follow one another with no prose between share
     * one grid, each under its own name, as the four tables of section 二 do in the official page.
     */
    private static List<Map<String, Object>> blocks(List<Content> content, String impliedUnit) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<ReportTable> run = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof ReportTable t) {
                // A table the template does not know has no layout; the checks report it.
                if (t.def() != null) {
                    run.add(t);
                }
                continue;
            }
            flush(run, blocks, impliedUnit);
            Prose p = (Prose) c;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put(p.kind().name().toLowerCase(Locale.ROOT), true);
            b.put("deep", p.kind() == Prose.Kind.SUBHEADING && p.level() > 1);
            b.put("text", p.text().text());
            blocks.add(b);
        }
        flush(run, blocks, impliedUnit);
        return blocks;
    }

    private static void flush(List<ReportTable> run, List<Map<String, Object>> blocks, String impliedUnit) {
        if (run.isEmpty()) {
            return;
        }
        List<TableLayout.PrintedTable> printed = TableLayout.print(run, impliedUnit);
        int width = printed.get(0).width();
        boolean merged = printed.size() > 1;
        List<Map<String, Object>> parts = new ArrayList<>();
        for (TableLayout.PrintedTable p : printed) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("id", p.def().id());
            part.put("anchor", tableAnchor(p.def().id()));
            part.put("label", p.def().label());
            part.put("head", lines(p.def().id(), p.head()));
            part.put("body", lines(p.def().id(), p.body()));
            parts.add(part);
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("merged", merged);
        table.put("single", !merged);
        // Wide grids keep a readable width and scroll sideways on a phone instead of squeezing.
        table.put("wide", width > 5);
        table.put("parts", parts);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("table", table);
        blocks.add(b);
        run.clear();
    }

    // Mutable maps: the preview (PreviewMarks) adds its marks to the cells of this model.
    private static List<Map<String, Object>> lines(String table, List<List<TableLayout.PageCell>> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<TableLayout.PageCell> l : lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("cells", l.stream().map(c -> cell(table, c)).toList());
            out.add(line);
        }
        return out;
    }

    /**
     * The fragment id of a value cell, {@code table.row.column} (ids from the template), so that
     * a link can point at one cell of the page, as the review site's findings do.
     */
    public static String cellAnchor(String table, String row, String column) {
        return table + "." + row + "." + column;
    }

    /** The fragment id of a table on the page. */
    public static String tableAnchor(String table) {
        return "table." + table;
    }

    private static Map<String, Object> cell(String table, TableLayout.PageCell c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("anchor", c.role() == TableLayout.Role.VALUE ? cellAnchor(table, c.row(), c.column()) : "");
        m.put("header", c.role() != TableLayout.Role.VALUE);
        m.put("role", c.role().name().toLowerCase(Locale.ROOT));
        m.put("note", c.role() == TableLayout.Role.NOTE);
        m.put("scope", switch (c.role()) {
            case COLUMN -> "col";
            case GROUP, TITLE -> "colgroup";
            case ROW -> c.rowspan() > 1 ? "rowgroup" : "row";
            default -> "";
        });
        m.put("text", c.text());
        m.put("unit", c.unit());
        m.put("rowspan", c.rowspan() > 1 ? Integer.toString(c.rowspan()) : "");
        m.put("colspan", c.colspan() > 1 ? Integer.toString(c.colspan()) : "");
        m.put("row", c.row());
        m.put("column", c.column());
        return m;
    }

    private static String impliedUnit(Report report) {
        return TableLayout.impliedUnit(report.template());
    }

    private static InputStream open(String path) {
        InputStream in = HtmlOutput.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
