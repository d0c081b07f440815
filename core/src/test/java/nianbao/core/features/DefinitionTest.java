package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nianbao.core.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

class DefinitionTest {

    record Given(Marked marked) {
        Optional<DefinitionTarget> definition() {
            return Definition.at(marked.analysis(), marked.caret());
        }

        /** The template line the definition points at. */
        String declaringLine() {
            DefinitionTarget t = definition().orElseThrow(() -> new AssertionError("no definition"));
            assertEquals("national-2021", t.templateId());
            assertTrue(t.builtIn(), t.templateSource());
            String text = TemplateRegistry.builtIn().text(t.templateId());
            assertEquals(t.range().start().line(), t.range().end().line());
            return text.lines().toList().get(t.range().start().line()).strip();
        }
    }

    static Given given(String text) {
        return new Given(Marked.of(text));
    }

    @Test
    void fromARowName() {
        assertEquals("行 new 一、本年新收政府信息公开申请数量", given(Marked.example("本年新收", "本年|新收")).declaringLine());
        assertEquals("行 state-secret 1.属于国家秘密", given(Marked.example(Marked.exampleLine("国家秘密"), "|" + Marked.exampleLine("国家秘密"))).declaringLine());
    }

    @Test
    void fromAColumnATableASectionAField() {
        assertEquals("列 research 科研机构 单位=件", given(Marked.example("科研机构", "科研机构|")).declaringLine());
        assertEquals("表 applications 申请处理", given(Marked.example("[申请处理]", "[申请|处理]")).declaringLine());
        assertEquals("章节 other 六、其他需要报告的事项 正文", given(Marked.example("# 六、", "# |六、")).declaringLine());
        assertEquals("字段 机关 必填", given(Marked.example("机关：", "机|关：")).declaringLine());
        assertEquals("模板 national-2021", given(Marked.example("national-2021", "nati|onal-2021")).declaringLine());
    }

    @Test
    void nothingFromProseNumbersOrUnknownNames() {
        assertEquals(Optional.empty(), given(Marked.example("事项\n无", "事项\n|无")).definition());
        assertEquals(Optional.empty(), given(Marked.example(Marked.exampleLine("行政许可"), "行政许可  |0")).definition());
        assertEquals(Optional.empty(), given(Marked.example("本年新收", "本年新收x|")).definition());
    }

    @Test
    void afterACharacterOutsideTheBmpAndWithCrlf() {
        // An unknown column 𠀾 before 自然人 on the head line: the caret counts it as two units.
        String marked = Marked.example("[申请处理]    自然人", "[申请处理] 𠀾 自然|人");
        Given g = given(marked);
        assertEquals("[申请处理] 𠀾 自然".length(), g.marked().caret().character());
        assertEquals("列 natural 自然人 单位=件", g.declaringLine());
        assertEquals(g.definition(), given(Marked.crlf(marked)).definition());
    }
}
