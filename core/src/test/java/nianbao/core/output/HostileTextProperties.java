package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.robustness.HtmlSafety;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Markup written anywhere a clerk or a template author can write text (title, agency, prose,
 * section, table, row and column labels, units, descriptions) reaches the page as that very text:
 * no script, no event handler, no URL.
 */
class HostileTextProperties {

    private static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>", "<SCRIPT SRC=//x.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>", "' onmouseover='alert(1)", "</style><script>alert(1)</script>",
            "</title><script>alert(1)</script>", "<a href=\"javascript:alert(1)\">点我</a>", "javascript:alert(1)",
            "&lt;script&gt;", "&amp;", "&#60;script&#62;", "&#x3C;", "<!--", "-->", "<![CDATA[x]]>", "<iframe src=x>",
            "<meta http-equiv=refresh content=0;url=x>", "<base href=x>", "<form action=x>", "{{title}}", "{{{agency}}}",
            "<style>@import url(x)</style>", "<body onload=alert(1)>", "<math><mi xlink:href=javascript:alert(1)>");

    /** A hostile text: an attack alone or between ordinary characters. */
    @Provide
    Arbitrary<String> hostile() {
        return Combinators.combine(Arbitraries.of("", "光华", "𠀾"), Arbitraries.of(ATTACKS), Arbitraries.of("", "镇", "１２"))
                .as((a, b, c) -> a + b + c);
    }

    /**
     * A hostile word for a template: words there are separated by spaces, {@code //} starts a
     * comment, {@code =} and colons separate an attribute or a rule from its value.
     */
    @Provide
    Arbitrary<String> word() {
        return hostile().map(s -> s.replaceAll("[ \\t\u3000\u00a0]", "").replace("//", "/").replace("=", "").replace(":", "").replace("：", ""));
    }

    @Property
    void hostileTextIsText(@ForAll("hostile") String title, @ForAll("hostile") String agency,
            @ForAll("hostile") String prose, @ForAll("word") String label, @ForAll("word") String unit) {
        String template = """
                模板 hostile
                名称 %1$s
                字段 标题 必填 报告标题
                字段 机关 机关名
                字段 年度 年份
                字段 模板
                章节 s1 %1$s
                  别名 s1
                  样板 %2$s
                  表 t1 %1$s
                    别名 t1
                    说明 %2$s
                    行头 %1$s
                    列组 g1 %1$s
                      列 c1 %1$s 单位=%2$s
                        别名 c1
                      列 c2 件数 单位=件
                      列 c3 总件数 单位=件
                    行 r1 %1$s
                      别名 r1
                """.formatted(label, unit);
        String report = """
                标题：%1$s
                机关：%2$s
                年度：2021
                模板：hostile

                # s1
                %3$s
                ## %3$s
                1、%3$s
                [t1]
                r1  7  1  2

                # %3$s
                %3$s
                """.formatted(title, agency, prose);
        Analysis a = CustomTemplate.analyze(template, report);
        String html = HtmlOutput.render(a);
        Document doc = Jsoup.parse(html);
        HtmlSafety.assertSafe(doc);
        assertEquals(title.strip(), doc.title());
        assertEquals(agency.strip(), doc.selectFirst(".agency").text().strip());
        List<String> texts = doc.select("section p, section h3").eachText();
        assertTrue(texts.contains(prose) && texts.contains("1、" + prose), () -> texts + " lacks " + prose);
        List<String> labels = doc.select("[data-table=t1] th").eachText();
        assertTrue(labels.stream().anyMatch(l -> l.contains(label)), () -> labels + " lacks " + label);
        // A unit other than the one most columns count in is printed after its column's label.
        assertTrue(labels.stream().anyMatch(l -> l.contains(unit)), () -> labels + " lacks " + unit);
    }
}
