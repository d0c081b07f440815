package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nianbao.syntax.Range;
import org.junit.jupiter.api.Test;

class HoverTest {

    record Given(Marked marked) {
        Optional<HoverInfo> hover() {
            return Hover.at(marked.analysis(), marked.caret());
        }

        HoverInfo shown() {
            return hover().orElseThrow(() -> new AssertionError("no hover at " + marked.caret()));
        }
    }

    static Given given(String text) {
        return new Given(Marked.of(text));
    }

    private static final String NEW_ROW = Marked.exampleLine("本年新收");

    @Test
    void onARowNameTheLabelAliasesAndRules() {
        Given g = given(Marked.example("本年新收", "本年|新收"));
        HoverInfo h = g.shown();
        assertTrue(h.markdown().startsWith("**一、本年新收政府信息公开申请数量**（行）"), h.markdown());
        assertTrue(h.markdown().contains("别名：本年新收、新收"), h.markdown());
        assertTrue(h.markdown().contains("第一项加第二项之和，等于第三项加第四项之和"), h.markdown());
        assertTrue(h.markdown().contains("每行：`总计 = 自然人"), h.markdown());
        int line = g.marked().caret().line();
        assertEquals(Range.of(line, 0, line, 4), h.range());
    }

    @Test
    void onAColumnNameItsUnit() {
        HoverInfo h = given(Marked.example("科研机构", "科研|机构")).shown();
        assertTrue(h.markdown().startsWith("**科研机构**（列）"), h.markdown());
        assertTrue(h.markdown().contains("单位：件"), h.markdown());
        assertTrue(h.markdown().contains("所属：申请人情况 › 法人或其他组织"), h.markdown());
        assertTrue(h.markdown().contains("每一行的总计等于自然人与各类法人或其他组织之和"), h.markdown());
    }

    @Test
    void onATableNameAndASectionHeading() {
        assertTrue(given(Marked.example("[申请处理]", "[申|请处理]")).shown().markdown()
                .contains("别名：收到和处理政府信息公开申请"));
        assertTrue(given(Marked.example("# 四、", "# 四|、")).shown().markdown()
                .contains("包含的表：\n- 行政复议和行政诉讼"));
    }

    @Test
    void onACheckedNumberTheValueEachRuleImplies() {
        String text = Marked.example(NEW_ROW, "本年新收  3  4  -  -  -  -  |5");
        HoverInfo h = given(text).shown();
        assertTrue(h.markdown().startsWith("**一、本年新收政府信息公开申请数量** · **总计**"), h.markdown());
        assertTrue(h.markdown().contains("填写：5 件"), h.markdown());
        // The two rules disagree on the value, so each says its own, after the conclusion.
        assertTrue(h.markdown().contains("本格使 2 条勾稽关系不成立，最可能是它填错了"), h.markdown());
        assertTrue(h.markdown().contains("每行：`总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他`）：不成立 ✗，按此关系本格应为 7"),
                h.markdown());
        // The column rule: 新收 + 结转 = 总计 + 结转下年度, with the others at 0.
        assertTrue(h.markdown().contains("不成立 ✗，按此关系本格应为 0"), h.markdown());
    }

    @Test
    void theConclusionIsStatedOnceWhenTheRulesAgree() {
        // 予以公开 of 自然人 one too many: its row total and its column total both fail, and both imply 15.
        String source = nianbao.core.testing.Golden.read(nianbao.core.testing.Golden.RESOURCES.resolve("fixtures/balanced-nonzero.nianbao"));
        String text = source.replace("予以公开        15", "予以公开        |16");
        HoverInfo h = given(text).shown();
        String md = h.markdown();
        assertTrue(md.contains("按勾稽关系应为 **15**（相差 1）：本格使 2 条勾稽关系不成立，最可能是它填错了"), md);
        assertEquals(1, md.split("应为", -1).length - 1, md);
        assertEquals(2, md.split("不成立 ✗", -1).length - 1, md);
    }

    @Test
    void onAHoldingNumber() {
        HoverInfo h = given(Marked.example(Marked.exampleLine("行政复议 "), "行政复议  -  -  -  -  |0")).shown();
        assertTrue(h.markdown().contains("尚未审结`）：成立 ✓"), h.markdown());
        assertFalse(h.markdown().contains("应为"), h.markdown());
    }

    @Test
    void onABlankCell() {
        HoverInfo h = given(Marked.example(NEW_ROW, "本年新收  |-  -  -  -  -  -  0")).shown();
        assertTrue(h.markdown().contains("填写：-（空白，按 0 计）"), h.markdown());
    }

    @Test
    void nothingOnProse() {
        assertEquals(Optional.empty(), given(Marked.example("事项\n无", "事项\n|无")).hover());
    }

    @Test
    void rangesCountUtf16AfterACharacterOutsideTheBmp() {
        // An unknown cell holding 𠀾 before the total: the total's range starts after two units for it.
        String text = Marked.example(NEW_ROW, "本年新收  𠀾  -  -  -  -  -  |0");
        Given g = given(text);
        HoverInfo h = g.shown();
        int line = g.marked().caret().line();
        assertEquals(Range.of(line, g.marked().caret().character(), line, g.marked().caret().character() + 1), h.range());
        assertEquals("本年新收  𠀾  -  -  -  -  -  ".length(), h.range().start().character());
        assertTrue(h.markdown().contains("无法判断"), h.markdown());
    }

    @Test
    void crlfTextHoversLikeLf() {
        String lf = Marked.example(NEW_ROW, "本年新收  3  4  -  -  -  -  |5");
        assertEquals(given(lf).hover(), given(Marked.crlf(lf)).hover());
    }
}
