package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Text from a report or a template reaches the page as text, never as markup. */
class HtmlEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String HANDLER = "\" onmouseover=alert(1) x=\"";
    private static final String STYLE_END = "</style><b>bold</b>";

    /** A template whose every label tries to break out of the page's markup. */
    private static final String TEMPLATE = """
            模板 hostile
            名称 %1$s
            字段 标题 必填 报告标题
            字段 机关 机关名
            字段 年度 年份
            字段 模板
            章节 s1 %1$s
              别名 s1
              表 t1 %1$s
                别名 t1
                说明 %2$s %3$s
                列组 g1 %3$s
                  列 c1 "onmouseover=alert(1)
                    别名 c1
                  列 c2 %1$s 单位=</style>
                    别名 c2
                标题行 h1 %3$s
                  行 r1 %1$s
                    别名 r1
              表 t2 %2$s 横排
                别名 t2
                行头 %1$s
                列 c1 %3$s
                  别名 c1
                行 r1 %1$s
                  别名 r1
            """.formatted(SCRIPT, "\"onmouseover=alert(1)", STYLE_END);

    private static final String REPORT = """
            标题：%1$s%2$s
            机关：%3$s
            年度：2021
            模板：hostile

            # s1
            %1$s
            ## （一）%2$s
            1、%3$s
            [t1]
            r1  <b>7</b>  1
            [t2]
            r1  2

            # %1$s 未知章节
            %2$s
            """.formatted(SCRIPT, HANDLER, STYLE_END);

    private static Analysis analyze() {
        return CustomTemplate.analyze(TEMPLATE, REPORT);
    }

    @Test
    void hostileTextIsShownAsText() {
        String html = HtmlOutput.render(analyze());
        Document doc = Jsoup.parse(html);
        HtmlOutputTest.assertSafe(doc);
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("\" onmouseover"));
        assertFalse(html.contains("</style><"));

        assertEquals(SCRIPT + HANDLER, doc.title());
        assertEquals(SCRIPT + HANDLER, doc.selectFirst("h1").text());
        assertEquals(STYLE_END, doc.selectFirst(".agency").text());
        List<String> prose = doc.select("section p, section h3").eachText();
        assertTrue(prose.containsAll(List.of(SCRIPT, "（一）" + HANDLER, "1、" + STYLE_END, HANDLER)), prose.toString());
        assertTrue(doc.select("section > h2").eachText().contains(SCRIPT + " 未知章节"));
    }

    @Test
    void hostileLabelsInTablesAreShownAsText() {
        Document doc = Jsoup.parse(HtmlOutput.render(analyze()));
        HtmlOutputTest.assertSafe(doc);
        var t1 = doc.selectFirst("[data-table=t1]");
        assertNotNull(t1);
        List<String> labels = t1.select("th").eachText();
        assertTrue(labels.contains(SCRIPT), labels.toString());
        assertTrue(labels.contains(STYLE_END), labels.toString());
        assertTrue(labels.contains("\"onmouseover=alert(1)"), labels.toString());
        assertTrue(labels.contains(SCRIPT + "（单位：</style>）"), labels.toString());
        assertTrue(labels.contains("（\"onmouseover=alert(1) " + STYLE_END + "）"), labels.toString());
        // A cell that is not a number is printed as written, as text.
        assertEquals("<b>7</b>", t1.selectFirst("td[data-row=r1][data-column=c1]").text());
        assertTrue(doc.select("[data-table=t2] th").eachText().contains(STYLE_END));
    }
}
