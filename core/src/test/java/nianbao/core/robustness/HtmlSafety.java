package nianbao.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a published page may never hold, checked with a real HTML parser. */
public final class HtmlSafety {

    private HtmlSafety() {
    }

    public static void assertSafe(Document doc) {
        assertTrue(doc.select("script, iframe, object, embed, link, img, base, form, meta[http-equiv=refresh]").isEmpty(),
                "an active or fetching element");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + a + " on " + e.tagName());
                assertFalse(key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction"),
                        () -> "a resource " + a);
                assertFalse(a.getValue().toLowerCase(Locale.ROOT).contains("javascript:") && !key.startsWith("aria") && !key.startsWith("data"),
                        () -> "a javascript: URL in " + a);
            }
        }
        assertEquals(1, doc.select("style").size(), "one style sheet, the page's own");
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp, "the page carries a Content-Security-Policy");
        String policy = csp.attr("content");
        assertTrue(policy.contains("script-src 'none'") || (policy.contains("default-src 'none'") && !policy.contains("script-src")),
                "the policy forbids scripts: " + policy);
    }
}
