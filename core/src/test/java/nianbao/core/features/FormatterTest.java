package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.text.DisplayWidth;
import org.junit.jupiter.api.Test;

class FormatterTest {

    /** A text, formatted. */
    record Given(String text) {
        List<Diagnostic.Edit> edits() {
            return Formatter.format(new Analyzer().analyze(text));
        }

        String formatted() {
            return TextEdits.apply(text, edits());
        }

        /** Formats, and checks the invariants every formatting must keep. */
        String formattedSafely() {
            String once = formatted();
            assertEquals(Formatter.nonSpace(text), Formatter.nonSpace(once), "non-space characters changed");
            assertEquals(List.of(), new Given(once).edits(), "formatting is not idempotent");
            return once;
        }
    }

    static Given given(String text) {
        return new Given(text);
    }

    private static final String MESSY = """
            标题：测试
            模板：national-2021

            # 三、收到和处理政府信息公开申请情况
            [申请处理]\t自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计   \s
              本年新收 3 1 0 0 0 0 4 // 含网上申请
            上年结转\t\t-   -  -　-  -  -  0
            予以公开 2 1 0 0 0 0 3
            𠀾村转来 1
            其余 0
            """;

    @Test
    void theExampleKeepsEveryCharacterAndFormatsToItself() {
        String formatted = given(Marked.example()).formattedSafely();
        // In every table, the head and each full row end at the same screen column.
        var analysis = new Analyzer().analyze(formatted);
        List<String> lines = formatted.lines().toList();
        int tables = 0;
        for (var t : analysis.report().tables()) {
            int headWidth = DisplayWidth.of(lines.get(t.syntax().headRange().start().line()));
            for (var r : t.syntax().rows()) {
                assertEquals(t.syntax().columns().size(), r.cells().size());
                assertEquals(headWidth, DisplayWidth.of(lines.get(r.range().start().line())), r.label().text());
            }
            tables++;
        }
        assertEquals(6, tables);
        assertEquals(List.of(), analysis.diagnostics());
    }

    @Test
    void numbersAreRightAlignedUnderTheirColumns() {
        String formatted = given(MESSY).formattedSafely();
        List<String> lines = formatted.lines().toList();
        String head = lines.stream().filter(l -> l.startsWith("[申请处理]")).findFirst().orElseThrow();
        String newRow = lines.stream().filter(l -> l.startsWith("本年新收")).findFirst().orElseThrow();
        String carried = lines.stream().filter(l -> l.startsWith("上年结转")).findFirst().orElseThrow();
        // The last column ends at the same screen column on the head and on full rows.
        assertEquals(DisplayWidth.of(head), DisplayWidth.of(carried));
        assertEquals(DisplayWidth.of(head), DisplayWidth.of(newRow.substring(0, newRow.indexOf("  //"))));
        // Each number ends where its column name ends.
        int totalEnd = DisplayWidth.of(head);
        assertTrue(head.endsWith("总计"));
        assertTrue(carried.endsWith("  0"));
        // Labels start the line; two spaces at least between columns.
        assertTrue(newRow.startsWith("本年新收 "));
        assertTrue(newRow.endsWith("4  // 含网上申请"), newRow);
        assertEquals(totalEnd, DisplayWidth.of(lines.stream().filter(l -> l.startsWith("予以公开")).findFirst()
                .orElseThrow()));
        // The first column is as wide as its widest cell (𠀾 is two columns wide).
        int numbersStart = DisplayWidth.of("[申请处理]");
        assertEquals("𠀾村转来" + " ".repeat(numbersStart - DisplayWidth.of("𠀾村转来")) + "  "
                + " ".repeat(DisplayWidth.of("自然人") - 1) + "1",
                lines.stream().filter(l -> l.startsWith("𠀾")).findFirst().orElseThrow());
    }

    @Test
    void onlyTableLinesAndTrailingWhiteSpaceAreTouched() {
        String text = "标题：测试   \n模板：national-2021\n\n# 一、总体情况\n正文  有  空格。\t\n\n"
                + "# 二、主动公开政府信息情况\n[第二十条第（五）项] 本年处理决定数量\n行政许可 0\n";
        Set<Integer> lines = new HashSet<>();
        for (Diagnostic.Edit e : given(text).edits()) {
            lines.add(e.range().start().line());
            assertEquals(e.range().start().line(), e.range().end().line());
        }
        // 0 and 4 lose trailing white space; 7 and 8 are the table.
        assertEquals(Set.of(0, 4, 7, 8), lines);
        String formatted = given(text).formattedSafely();
        assertTrue(formatted.contains("正文  有  空格。\n"));
        assertTrue(formatted.contains("标题：测试\n"));
    }

    @Test
    void crlfLineEndsStay() {
        String crlf = Marked.crlf(MESSY);
        String formatted = given(crlf).formattedSafely();
        assertEquals(Marked.crlf(given(MESSY).formatted()), formatted);
        assertEquals(crlf.split("\r\n", -1).length, formatted.split("\r\n", -1).length);
    }

    @Test
    void aTableWithABrokenHeadIsLeftAsItIs() {
        String text = "模板：national-2021\n\n# 三、收到和处理政府信息公开申请情况\n[申请处理 自然人 总计\n本年新收 1   1\n";
        assertEquals(List.of(), given(text).edits());
    }

    @Test
    void messyInputsNeverLoseACharacter() {
        List<String> inputs = List.of(
                MESSY,
                "# 三、\n[申请处理]\n\t本年新收\t1\t2\n",
                "[x] a b\n1 2 3 4 5 // c  \n  // 注释\n2\n",
                "# 二、主动公开政府信息情况\n【第二十条第（八）项】 本年收费金额\n行政事业性收费 9.63211 // 万元\n收费 １２\n",
                "# 标题\n[申请处理]\n本年新收 - - — －\n其余为0\n上年结转 𠀾 𠀾𠀾 3\n",
                "\uFEFF标题：x\r\n\r\n# 三\r\n[申请处理] 总计\r\n本年新收 1\r\n");
        for (String input : inputs) {
            given(input).formattedSafely();
        }
    }
}
