package nianbao.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Layouts the national template does not exercise, from templates written here. */
class TableLayoutTest {

    private static final String TEMPLATE = """
            模板 shapes
            字段 标题 必填
            字段 模板
            章节 s 一、表
              表 deep 深表
                说明 说明文字
                列组 a 甲组
                  列组 b 乙组
                    列 x 列X
                    列 y 列Y 单位=元 小数
                  列 z 列Z
                列 w 列W
                标题行 h 标题行
                  标题行 empty 空标题行
                  行 r 行R
                行 s 行S
            章节 t 二、一行
              表 line 一行表 横排
                说明 一行表的说明
                列组 g 组
                  列 p 列P
                  列 q 列Q
                行 one 第一行
                行 two 第二行
            """;

    private static final String REPORT = """
            标题：测试
            模板：shapes

            # 一、表
            [深表]
            行R  1  2.50  3  -
            行S  5  6  7  8

            # 二、一行
            [一行表]
            第一行  1  2
            第二行  3  -
            """;

    private static Document page() {
        return Jsoup.parse(HtmlOutput.render(CustomTemplate.analyze(TEMPLATE, REPORT)));
    }

    @Test
    void nestedColumnGroupsStackAboveTheirColumns() {
        Element table = page().selectFirst("table[data-table=deep]");
        List<Element> head = table.select("thead tr");
        assertEquals(3, head.size());
        assertEquals("（说明文字）", head.get(0).child(0).text());
        assertEquals("3", head.get(0).child(0).attr("rowspan"));
        assertEquals("2", head.get(0).child(0).attr("colspan"), "two label columns: 标题行 and the rows under it");
        assertEquals(List.of("甲组", "列W"), head.get(0).select("th:gt(0)").eachText());
        assertEquals("3", head.get(0).child(1).attr("colspan"));
        assertEquals("3", head.get(0).child(2).attr("rowspan"));
        assertEquals(List.of("乙组", "列Z"), head.get(1).children().eachText());
        assertEquals("2", head.get(1).child(1).attr("rowspan"));
        assertEquals(List.of("列X", "列Y（单位：元）"), head.get(2).children().eachText());
    }

    @Test
    void anEmptyHeadingRowTakesALineOfItsOwn() {
        Element table = page().selectFirst("table[data-table=deep]");
        List<Element> body = table.select("tbody tr");
        assertEquals(3, body.size());
        Element heading = body.get(0).child(0);
        assertEquals("标题行", heading.text());
        assertEquals("2", heading.attr("rowspan"));
        assertEquals("空标题行", body.get(0).child(1).text());
        assertEquals(List.of("", "", "", ""), body.get(0).select("td").stream().map(Element::text).toList());
        assertEquals(List.of("1", "2.50", "3", ""), body.get(1).select("td").stream().map(Element::text).toList());
        assertEquals("行S", body.get(2).child(0).text());
        assertEquals("2", body.get(2).child(0).attr("colspan"));
    }

    @Test
    void aOneLineTableStacksRowsColumnGroupsAndColumns() {
        Element table = page().selectFirst("table[data-table=line]");
        List<Element> head = table.select("thead tr");
        assertEquals(List.of("一行表的说明"), head.get(0).children().eachText().stream()
                .map(t -> t.replaceAll("[（）]", "")).toList());
        assertEquals("4", head.get(0).child(0).attr("colspan"));
        assertEquals(List.of("第一行", "第二行"), head.get(1).children().eachText());
        assertEquals(List.of("组", "组"), head.get(2).children().eachText());
        assertEquals(List.of("列P", "列Q", "列P", "列Q"), head.get(3).children().eachText());
        assertEquals(List.of("1", "2", "3", ""), table.select("tbody td").stream().map(Element::text).toList());
    }
}
