package nianbao.core.output;

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
import nianbao.core.Analysis;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;

/**
 * The published page of a report: one standalone HTML file. The page is a Mustache template
 * ({@code nianbao/html/report.mustache}); Mustache escapes every value, so no user text reaches
 * the page unescaped.
 */
public final class HtmlOutput {

    private static final Template PAGE = Mustache.compiler().escapeHTML(true).defaultValue("")
            .compile(resource("nianbao/html/report.mustache"));

    private HtmlOutput() {
    }

    public static String render(Analysis analysis) {
        return PAGE.execute(model(analysis));
    }

    static Map<String, Object> model(Analysis analysis) {
        var report = analysis.report();
        Map<String, Object> page = new LinkedHashMap<>();
        var title = report.header().stream().filter(h -> h.def() != null && h.def().id().equals("标题")).findFirst();
        page.put("title", title.map(h -> h.value().text()).orElse(report.template().name()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ReportSection s : report.sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("heading", s.def() != null ? s.def().label() : s.syntax().heading().text());
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Content c : s.content()) {
                Map<String, Object> b = new LinkedHashMap<>();
                if (c instanceof Prose p) {
                    b.put(p.kind().name().toLowerCase(java.util.Locale.ROOT), true);
                    b.put("text", p.text().text());
                } else if (c instanceof ReportTable t && t.def() != null) {
                    b.put("table", TableLayout.of(t));
                }
                blocks.add(b);
            }
            sm.put("blocks", blocks);
            sections.add(sm);
        }
        page.put("sections", sections);
        return page;
    }

    private static String resource(String path) {
        try (InputStream in = HtmlOutput.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
