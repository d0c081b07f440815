package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderTest {

    @Test
    void htmlHasEverySectionHeadingOfTheCurrentText() throws Exception {
        String text = Example.text();
        List<String> headings = Example.lines(text).stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2)).toList();
        assertEquals(6, headings.size());
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            String html = render(session, "html");
            for (String heading : headings) {
                assertTrue(html.contains(heading), "missing heading " + heading);
            }
            int title = Example.lineStartingWith(text, "标题：");
            String old = "光华镇2021年";
            session.change(Example.URI, 2, LspSession.range(title, 3, 3 + old.length()), "𠀾村2021年");
            String edited = render(session, "html");
            assertTrue(edited.contains("𠀾村2021年政府信息公开工作年度报告"), "the page follows the edit");
            assertFalse(edited.contains("光华镇2021年政府信息公开工作年度报告"));
        }
    }

    @Test
    void jsonIsTheReportDocument() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, Example.text());
            var doc = JsonParser.parseString(render(session, "json")).getAsJsonObject();
            assertEquals("nianbao-report", doc.get("format").getAsString());
            assertEquals(2021, doc.get("year").getAsInt());
        }
    }

    @Test
    void thePreviewMarksTheCellAFindingBlamesAndTheHtmlDoesNot() throws Exception {
        String text = Example.text();
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            var total = Example.newApplicationsTotal(text);
            session.change(Example.URI, 2, total, "7");
            String preview = render(session, "preview");
            String marked = "<td class=\"value nb-error\"";
            assertTrue(preview.contains(marked) && preview.contains("data-line=\"" + total.getStart().getLine() + "\""), preview);
            assertTrue(preview.contains("class=\"nb-findings\""));
            String html = render(session, "html");
            assertFalse(html.contains("nb-error") || html.contains("data-line"));
        }
    }

    static String render(LspSession session, String format) throws Exception {
        return session.server.render(new RenderParams(Example.URI, format)).get(30, TimeUnit.SECONDS).getContent();
    }
}
