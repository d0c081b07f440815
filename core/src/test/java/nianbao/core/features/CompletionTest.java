package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import nianbao.core.diagnostic.Severity;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.TemplateRegistry;
import nianbao.syntax.Range;
import org.junit.jupiter.api.Test;

class CompletionTest {

    /** The items at the caret of a marked text. */
    record Given(Marked marked) {
        static Given given(String text) {
            return new Given(Marked.of(text));
        }

        List<CompletionItem> completion() {
            return Completion.at(marked.analysis(), marked.caret());
        }

        List<String> labels() {
            return completion().stream().map(CompletionItem::label).toList();
        }

        CompletionItem item(String label) {
            return completion().stream().filter(i -> i.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + label + " in " + labels()));
        }
    }

    static Given given(String text) {
        return Given.given(text);
    }

    private static final String NEW_ROW = Marked.exampleLine("本年新收");
    private static final String SECRET_ROW = Marked.exampleLine("国家秘密");
    private static final String REPEATED_ROW = Marked.exampleLine("重复申请");

    @Test
    void rowsAndGroupsNotYetWrittenInTemplateOrderListedByTheNameTheyInsert() {
        String text = Marked.example(SECRET_ROW + "\n", "").replace(REPEATED_ROW, "|");
        Given g = given(text);
        assertEquals(List.of("本年度办理结果", "不予公开", "属于国家秘密", "不予处理", "重复申请", "其余 0"), g.labels());
        CompletionItem secret = g.item("属于国家秘密");
        assertEquals(CompletionItem.Kind.ROW, secret.kind());
        assertEquals("（三）不予公开 · 1.属于国家秘密", secret.detail());
        assertTrue(secret.sortText().compareTo(g.item("重复申请").sortText()) < 0);
        assertEquals(CompletionItem.Kind.ROW_GROUP, g.item("不予公开").kind());
        assertEquals("（三）不予公开：其下 1 行未写", g.item("不予公开").detail());
    }

    @Test
    void theInsertedTextStartsWithTheLabelShown() {
        // 其他法律行政法规禁止公开 is written as the alias 法律法规禁止公开: the list shows that name.
        String row = Marked.exampleLine("其他法律行政法规禁止公开");
        Given g = given(Marked.example(row, "|"));
        List<CompletionItem> items = g.completion();
        assertTrue(g.labels().contains("法律法规禁止公开"), g.labels()::toString);
        for (CompletionItem i : items) {
            assertTrue(Snippets.plainText(i.insertText()).startsWith(i.label()), i::toString);
        }
    }

    @Test
    void anAcceptedRowComesWithOneTabStopPerCellLaidOutAsTheFormatterDoes() {
        String text = Marked.example(SECRET_ROW, "|");
        Given g = given(text);
        CompletionItem secret = g.item("属于国家秘密");
        assertTrue(secret.isSnippet());
        for (int i = 1; i <= 7; i++) {
            assertTrue(secret.insertText().contains("${" + i + ":0}"), secret.insertText());
        }
        assertFalse(secret.insertText().contains("${8:"), secret.insertText());
        String filled = TextEdits.apply(g.marked().text(), List.of(new nianbao.core.diagnostic.Diagnostic.Edit(
                secret.range(), Snippets.plainText(secret.insertText()))));
        var analysis = new Analyzer().analyze(filled);
        assertEquals(0, analysis.count(Severity.ERROR), analysis.diagnostics()::toString);
        // formatted, the table keeps the inserted line as it is (the other rows move, the new one is aligned)
        int line = g.marked().caret().line();
        assertEquals(List.of(), Formatter.format(analysis).stream()
                .filter(e -> e.range().start().line() == line).toList());
        // the formatter lays the table out column by column: the new row's cells end where the head's names end
        String formatted = TextEdits.apply(filled, Formatter.format(analysis));
        String head = formatted.lines().filter(l -> l.startsWith("[申请处理]")).findFirst().orElseThrow();
        String inserted = formatted.lines().filter(l -> l.startsWith("属于国家秘密")).findFirst().orElseThrow();
        assertEquals(nianbao.core.text.DisplayWidth.of(head), nianbao.core.text.DisplayWidth.of(inserted));
    }

    @Test
    void aRowTypedBeforeItsCellsChangesOnlyTheLabel() {
        String text = Marked.example(NEW_ROW, "本年|新收" + NEW_ROW.substring("本年新收".length()));
        CompletionItem item = given(text).item("本年新收");
        int line = Marked.of(text).caret().line();
        assertEquals(Range.of(line, 0, line, 4), item.range());
        assertEquals("本年新收", item.insertText());
        assertFalse(item.isSnippet());
    }

    @Test
    void filterTextHoldsChineseAliasesAndPinyin() {
        String text = Marked.example(NEW_ROW, "|");
        CompletionItem item = given(text).item("本年新收");
        List<String> words = List.of(item.filterText().split(" "));
        assertTrue(words.contains("本年新收"), item.filterText());
        assertTrue(words.contains("新收"), item.filterText());
        assertTrue(words.contains("bnxs"), item.filterText());
        assertTrue(words.contains("bennianxinshou"), item.filterText());
        assertTrue(words.contains("xs"), item.filterText());
        assertTrue(words.contains("本年新收政府信息公开申请数量"), item.filterText());
    }

    @Test
    void groupsCompleteByNameAliasAndPinyin() {
        String text = Marked.example(SECRET_ROW, "|");
        CompletionItem group = given(text).item("不予公开");
        List<String> words = List.of(group.filterText().split(" "));
        for (String w : List.of("不予公开", "（三）不予公开", "bygk", "buyugongkai")) {
            assertTrue(words.contains(w), group.filterText());
        }
        assertEquals("不予公开", group.insertText());
        assertTrue(group.retrigger());
        // the other groups: 无法提供 and 不予处理 have all their rows, so they are not offered
        assertFalse(given(text).labels().contains("无法提供"));
        assertTrue(given(Marked.example(Marked.exampleLine("本机关不掌握"), "|")).labels().contains("无法提供"));
    }

    @Test
    void aLabelThatNamesAGroupIsAnsweredWithTheGroupsRows() {
        String text = Marked.example(SECRET_ROW, "不予公开|").replace(REPEATED_ROW + "\n", "");
        Given g = given(text);
        assertEquals(List.of("属于国家秘密"), g.labels());
        CompletionItem secret = g.item("属于国家秘密");
        assertTrue(secret.filterText().startsWith("不予公开"), secret.filterText());
        int line = g.marked().caret().line();
        assertEquals(Range.of(line, 0, line, 4), secret.range());
        // by an alias and by pinyin too
        assertEquals(List.of("属于国家秘密"), given(Marked.example(SECRET_ROW, "bygk|")).labels().stream()
                .filter(l -> !l.equals("其余 0")).filter(l -> !given(Marked.example(SECRET_ROW, "bygk|")).item(l)
                        .kind().equals(CompletionItem.Kind.ROW_GROUP)).toList());
    }

    @Test
    void anOpenedLineInsideATableOffersItsMissingRows() {
        // Enter pressed after 部分公开: the blank line ends the table for the parser.
        String partial = Marked.exampleLine("部分公开");
        String text = Marked.example(SECRET_ROW + "\n", "").replace(partial + "\n", partial + "\n|\n");
        assertEquals(List.of("本年度办理结果", "不予公开", "属于国家秘密", "其余 0"), given(text).labels());
    }

    @Test
    void theRestLineIsOfferedOnceAndNotWhenNothingIsMissing() {
        String text = Marked.example(SECRET_ROW, "其余 0").replace(REPEATED_ROW, "|");
        assertEquals(List.of("本年度办理结果", "不予公开", "属于国家秘密", "不予处理", "重复申请"), given(text).labels());
        assertTrue(given(text).item("重复申请").filterText().contains("cfsq"));
        String last = Marked.exampleLine("结转下年度");
        assertEquals(List.of(), given(Marked.example(last, last + "\n|")).labels());
        assertTrue(given(Marked.example("本年新收", "本年新收|")).item("其余 0").filterText().contains("qy"));
    }

    @Test
    void noRowsWhileTypingNumbers() {
        String text = Marked.example(NEW_ROW, "本年新收  1|");
        assertEquals(List.of(), given(text).labels());
    }

    @Test
    void columnsOfTheHeadLineNotYetNamed() {
        String head = Marked.exampleLine("[申请处理]");
        String text = Marked.example(head, head.replace("科研机构", "") + "  |");
        Given g = given(text);
        assertEquals(List.of("科研机构"), g.labels());
        assertEquals(CompletionItem.Kind.COLUMN, g.item("科研机构").kind());
        assertTrue(g.item("科研机构").detail().contains("单位：件"));
        assertTrue(g.item("科研机构").filterText().contains("kyjg"));
    }

    @Test
    void sectionsNotYetPresentAtAHeading() {
        String text = Marked.example("# 六、其他需要报告的事项", "# |");
        Given g = given(text);
        assertEquals(List.of("六、其他需要报告的事项"), g.labels());
        assertEquals("六、其他需要报告的事项", g.item("六、其他需要报告的事项").insertText());
        String noSpace = Marked.example("# 六、其他需要报告的事项", "#|");
        assertEquals(" 六、其他需要报告的事项", given(noSpace).item("六、其他需要报告的事项").insertText());
        assertTrue(given(text).item("六、其他需要报告的事项").filterText().contains("qtxybgdsx"));
    }

    @Test
    void aSectionWithAllItsTablesAsASnippet() {
        String section = Marked.example().substring(Marked.example().indexOf("# 四、"), Marked.example().indexOf("# 五、"));
        String text = Marked.example(section, "# |\n\n");
        Given g = given(text);
        assertEquals(List.of("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况 及全部表格"), g.labels());
        CompletionItem snippet = g.item("四、政府信息公开行政复议、行政诉讼情况 及全部表格");
        assertTrue(snippet.insertText().contains("${1:0}"), snippet.insertText());
        String filled = TextEdits.apply(Marked.of(text).text(), List.of(new nianbao.core.diagnostic.Diagnostic.Edit(
                snippet.range(), Snippets.plainText(snippet.insertText()))));
        assertEquals(List.of(), new Analyzer().analyze(filled).diagnostics());
    }

    @Test
    void tableNamesOfTheSectionInsideABracket() {
        String head = Marked.exampleLine("[第二十条第（八）项]");
        String text = Marked.example(head + "\n行政事业性收费        0\n", "[|\n");
        Given g = given(text);
        CompletionItem table = g.item("第二十条第（八）项");
        assertEquals(CompletionItem.Kind.TABLE, table.kind());
        assertEquals("第二十条第（八）项]", table.insertText());
        // Only this section's tables, and only the one not yet written.
        assertEquals(List.of("第二十条第（八）项", "[第二十条第（八）项] 整表"), g.labels());
        CompletionItem snippet = g.item("[第二十条第（八）项] 整表");
        assertTrue(snippet.isSnippet());
        assertEquals(Skeleton.table(TemplateRegistry.builtIn().get("national-2021").tables().stream()
                .filter(t -> t.label().equals("第二十条第（八）项")).findFirst().orElseThrow()) + "",
                Snippets.plainText(snippet.insertText()));
    }

    @Test
    void aTableSkeletonOnAnEmptyLineOfASection() {
        String section = "# 四、政府信息公开行政复议、行政诉讼情况\n";
        int start = Marked.example().indexOf(section) + section.length();
        int end = Marked.example().indexOf("# 五、");
        String text = Marked.example().substring(0, start) + "\n|\n\n" + Marked.example().substring(end);
        Given g = given(text);
        assertEquals(List.of("[行政复议和行政诉讼] 整表"), g.labels());
        String inserted = Snippets.plainText(g.item("[行政复议和行政诉讼] 整表").insertText());
        String filled = text.replace("|", inserted);
        assertEquals(0, new Analyzer().analyze(filled).count(Severity.ERROR),
                () -> new Analyzer().analyze(filled).diagnostics().toString());
    }

    @Test
    void templateNamesAfterTheTemplateField() {
        Given g = given(Marked.example("模板：national-2021", "模板：|"));
        assertEquals(TemplateRegistry.builtIn().builtInIds(), g.labels());
        assertEquals(CompletionItem.Kind.TEMPLATE, g.completion().get(0).kind());
    }

    @Test
    void headerFieldsNotYetWritten() {
        Given g = given(Marked.example("机关：光华镇人民政府", "|"));
        assertEquals(List.of("机关：", "上年报告：", "层级："), g.labels());
        assertEquals("机关：", g.item("机关：").insertText());
        assertTrue(g.item("机关：").filterText().contains("jg"));
    }

    @Test
    void aWholeReportInAnEmptyDocument() {
        Given g = given("|");
        CompletionItem report = g.completion().get(0);
        assertEquals(CompletionItem.Kind.SNIPPET, report.kind());
        assertTrue(report.isSnippet());
        String text = Snippets.plainText(report.insertText());
        var analysis = new Analyzer().analyze(text);
        assertTrue(analysis.syntax().problems().isEmpty());
        assertEquals(analysis.report().template().sections().size(), analysis.report().sections().size());
        assertTrue(report.insertText().contains("标题：$1"), report.insertText());
    }

    @Test
    void nothingInProseOrComments() {
        assertEquals(List.of(), given(Marked.example("事项\n无", "事项\n无其他需要报告的事项，|特此说明。")).labels());
        assertEquals(List.of(), given(Marked.example("// 以 //", "// 以 |//")).labels());
    }

    @Test
    void rangesCountUtf16UnitsAfterACharacterOutsideTheBmp() {
        // 𠀾 is two UTF-16 units: the row label typed so far spans characters 0..2.
        String text = Marked.example(NEW_ROW, "𠀾|");
        CompletionItem item = given(text).item("本年新收");
        int line = Marked.of(text).caret().line();
        assertEquals(Range.of(line, 0, line, 2), item.range());

        Given template = given(Marked.example("模板：national-2021", "模板：𠀾|"));
        Range r = template.completion().get(0).range();
        assertEquals(3, r.start().character());
        assertEquals(5, r.end().character());
    }

    @Test
    void crlfTextCompletesLikeLf() {
        String lf = Marked.example(NEW_ROW, "本年|");
        String crlf = Marked.crlf(lf);
        assertEquals(given(lf).completion(), given(crlf).completion());
        assertFalse(given(crlf).completion().isEmpty());
    }
}
