package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSyntaxParserTest {

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    private static String terms(List<TemplateSyntax.Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (TemplateSyntax.Term t : terms) {
            sb.append(t.negated() ? "-" : "+").append(t.ref().text()).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void declarationsGiveKeywordArgumentsAndRanges() {
        TemplateSyntax s = TemplateSyntaxParser.parse("模板 national-2021\n章节 overview 一、总体情况 正文\n");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertEquals(2, s.lines().size());
        TemplateSyntax.Declaration d = (TemplateSyntax.Declaration) s.lines().get(1);
        assertEquals("章节", d.keyword().text());
        assertEquals(List.of("overview", "一、总体情况", "正文"), texts(d.args()));
        assertEquals(Range.of(1, 12, 1, 18), d.args().get(1).range());
        assertEquals(Range.of(1, 0, 1, 21), d.range());
        assertEquals(0, d.indent());
    }

    @Test
    void anAttributeWithAValueIsOneWord() {
        TemplateSyntax s = TemplateSyntaxParser.parse("    列 amount 本年收费金额 单位=万元 小数");
        TemplateSyntax.Declaration d = (TemplateSyntax.Declaration) s.lines().get(0);
        assertEquals(List.of("amount", "本年收费金额", "单位=万元", "小数"), texts(d.args()));
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void freeTextKeepsColonsSignsAndSpacesInItsRawText() {
        TemplateSyntax s = TemplateSyntaxParser.parse("  说明 a：b 与 c:d，x = y + z - w\n");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        TemplateSyntax.Declaration d = (TemplateSyntax.Declaration) s.lines().get(0);
        assertEquals("说明", d.keyword().text());
        assertEquals("a：b 与 c:d，x = y + z - w", d.rest().text());
        assertEquals(Range.of(0, 5, 0, 5 + d.rest().text().length()), d.rest().range());
    }

    @Test
    void rulesSplitIntoScopeAndSignedTerms() {
        String second = "规则 balance.handled-total 每列 警告: handled-total = disclosed + withheld.* − other";
        TemplateSyntax s = TemplateSyntaxParser.parse(
                "规则 balance.row-total 每行：total = natural + business - legal-service\n" + second + "\n");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        TemplateSyntax.RuleDeclaration first = (TemplateSyntax.RuleDeclaration) s.lines().get(0);
        assertEquals("balance.row-total", first.name().text());
        assertEquals(List.of("每行"), texts(first.scope()));
        assertEquals("+total", terms(first.lhs()));
        assertEquals("+natural +business -legal-service", terms(first.rhs()));
        TemplateSyntax.RuleDeclaration rule = (TemplateSyntax.RuleDeclaration) s.lines().get(1);
        assertEquals(List.of("每列", "警告"), texts(rule.scope()));
        assertEquals("+disclosed +withheld.* -other", terms(rule.rhs()));
        int at = second.indexOf("withheld.*");
        assertEquals(Range.of(1, at, 1, at + "withheld.*".length()), rule.rhs().get(1).ref().range());
    }

    @Test
    void aHyphenInsideAnIdIsNotAMinus() {
        TemplateSyntax s = TemplateSyntaxParser.parse("规则 r 每列：new + carried-over = handled-total + carry-forward");
        TemplateSyntax.RuleDeclaration r = (TemplateSyntax.RuleDeclaration) s.lines().get(0);
        assertEquals("+new +carried-over", terms(r.lhs()));
        assertEquals("+handled-total +carry-forward", terms(r.rhs()));
    }

    @Test
    void indentationCountsSpacesTabsAndFullWidthSpaces() {
        TemplateSyntax s = TemplateSyntaxParser.parse("表 a 甲\n  列 b 乙\n\t行 c 丙\n\u3000行 d 丁\n    \u3000\t行 e 戊\n");
        assertEquals(List.of(0, 2, 4, 2, 10), s.lines().stream().map(TemplateSyntax.Line::indent).toList());
    }

    @Test
    void blankLinesAndCommentsGiveNoLines() {
        TemplateSyntax s = TemplateSyntaxParser.parse("// 注释\n\n模板 t  // 行尾注释\n   \n");
        assertEquals(1, s.lines().size());
        assertEquals(List.of("t"), texts(((TemplateSyntax.Declaration) s.lines().get(0)).args()));
    }

    @Test
    void theLastLineNeedsNoLineBreak() {
        TemplateSyntax s = TemplateSyntaxParser.parse("模板 a\r\n名称 乙");
        assertEquals(2, s.lines().size());
        assertEquals(Range.of(1, 0, 1, 4), s.lines().get(1).range());
    }

    @Test
    void aRuleWithoutColonIsReportedAndLaterLinesAreStillRead() {
        TemplateSyntax s = TemplateSyntaxParser.parse("规则 r 每行 total = a + b\n列 x 甲\n  行 y 乙\n");
        assertFalse(s.problems().isEmpty());
        assertTrue(s.problems().stream().allMatch(p -> p.range().start().line() == 0), s.problems().toString());
        assertEquals(List.of("列", "行"), s.lines().stream()
                .map(l -> ((TemplateSyntax.Declaration) l).keyword().text()).toList());
    }

    @Test
    void aRuleMissingItsLastTermDoesNotTakeTheNextLine() {
        TemplateSyntax s = TemplateSyntaxParser.parse("规则 r 每行：a = b +\n列 c 𠀾\n");
        assertEquals(1, s.problems().size());
        assertEquals(0, s.problems().get(0).range().start().line());
        assertEquals(1, s.lines().size());
        TemplateSyntax.Declaration d = (TemplateSyntax.Declaration) s.lines().get(0);
        assertEquals(List.of("c", "𠀾"), texts(d.args()));
        assertEquals(Range.of(1, 4, 1, 6), d.args().get(1).range());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstLine() {
        TemplateSyntax s = TemplateSyntaxParser.parse("\uFEFF模板 national-2021\r\n  名称 甲\r\n");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertEquals(List.of(0, 2), s.lines().stream().map(TemplateSyntax.Line::indent).toList());
        assertEquals(Range.of(0, 0, 0, 2), ((TemplateSyntax.Declaration) s.lines().get(0)).keyword().range());
    }
}
