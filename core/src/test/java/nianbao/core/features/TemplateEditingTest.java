package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import nianbao.core.template.RuleWord;
import nianbao.core.template.TemplateReader;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.Test;

/** Completion in template files; the caret is marked with {@code |}. */
class TemplateEditingTest {

    /** A county template that adds a table of its own and reopens a national one. */
    private static final String COUNTY = """
            模板 county
            继承 national-2021
            名称 县模板

            章节 local 七、专栏建设情况
              表 column-updates 专栏更新情况
                列 updates 本年更新条数 单位=条
                列 original 其中原创条数 单位=条
                行 policies 政策文件
                行 news 工作动态
                行 total 合计
                规则 local.column-total 每列：total = policies + news
                %s

            章节 applications
              表 applications
                %s
            """;

    record Given(String text, Position caret) {
        static Given inTable(String local, String applications) {
            String marked = COUNTY.formatted(local, applications);
            int at = marked.indexOf('|');
            String text = marked.substring(0, at) + marked.substring(at + 1);
            return new Given(text, new SourceText(text).position(at));
        }

        List<CompletionItem> items() {
            return TemplateEditing.completion(text, caret);
        }

        List<String> labels() {
            return items().stream().map(CompletionItem::label).toList();
        }

        CompletionItem item(String label) {
            return items().stream().filter(i -> i.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + label + " in " + labels()));
        }
    }

    @Test
    void aRuleForEachColumnOffersTheRowsOfItsTable() {
        Given g = Given.inTable("规则 local.check 每列：total = |", "");
        assertEquals(List.of("policies", "news", "total", "上年."), g.labels());
        CompletionItem news = g.item("news");
        assertEquals("工作动态", news.detail());
        assertEquals(CompletionItem.Kind.ROW, news.kind());
        assertTrue(List.of(news.filterText().split(" ")).containsAll(List.of("news", "工作动态", "gzdt")), news.filterText());
    }

    @Test
    void aRuleForEachRowOffersTheColumnsAndReplacesTheWordBeingTyped() {
        Given g = Given.inTable("规则 local.original 每行 警告：original = upd|", "");
        assertEquals(List.of("updates", "original", "上年."), g.labels());
        CompletionItem updates = g.item("updates");
        assertEquals(CompletionItem.Kind.COLUMN, updates.kind());
        assertEquals("updates", updates.insertText());
        int line = g.caret().line();
        assertEquals(new Range(new Position(line, g.caret().character() - 3), g.caret()), updates.range());
    }

    /** A reopened national table: its rows come from the base template, heading rows as x.*. */
    @Test
    void aReopenedTableOffersTheInheritedRowsAndHeadingRowsAsAllTheirRows() {
        Given g = Given.inTable("", "规则 local.results 每列：handled-total = disclosed + |");
        List<String> labels = g.labels();
        assertTrue(labels.containsAll(List.of("new", "carried-over", "disclosed", "withheld.*", "state-secret",
                "unable.*", "handled-total", "carry-forward")), labels.toString());
        assertFalse(labels.contains("withheld"), "a heading row holds no values of its own");
        assertFalse(labels.contains("natural"), "columns are not terms of a 每列 rule");
        assertTrue(labels.indexOf("new") < labels.indexOf("withheld.*") && labels.indexOf("withheld.*") < labels.indexOf("state-secret"),
                "template order");
        assertEquals("（三）不予公开", g.item("withheld.*").detail());
    }

    @Test
    void lastYearsValuesOnceTheAuthorTypesShang() {
        Given g = Given.inTable("", "规则 carry.local 每列：carried-over = 上|");
        List<String> labels = g.labels();
        assertTrue(labels.containsAll(List.of("上年.new", "上年.carry-forward")), labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.startsWith("上年.") && !l.endsWith(".*")), labels.toString());
        CompletionItem item = g.item("上年.carry-forward");
        assertEquals("上年.carry-forward", item.insertText());
        assertEquals(g.caret().character() - 1, item.range().start().character());
    }

    @Test
    void nothingForTheIdOfARule() {
        assertEquals(List.of(), Given.inTable("规则 |", "").items());
        assertEquals(List.of(), Given.inTable("规则 local.x|", "").items());
        assertEquals(List.of(), Given.inTable("规则 local.x|：total = news", "").items());
    }

    /** Between the id and the colon, the words the reader takes there, each with what it means. */
    @Test
    void aRuleOffersItsScopeAndSeverityWordsBeforeTheColon() {
        Given g = Given.inTable("规则 local.x |", "");
        List<String> words = Arrays.stream(RuleWord.values()).map(RuleWord::text).toList();
        assertEquals(words, g.labels());
        assertTrue(words.containsAll(List.of("每行", "每列", "警告")), words.toString());
        for (RuleWord w : RuleWord.values()) {
            CompletionItem item = g.item(w.text());
            assertEquals(w.meaning(), item.detail());
            assertFalse(item.detail().isBlank());
            assertEquals(w.text(), item.insertText());
            assertEquals(new Range(g.caret(), g.caret()), item.range());
        }
        assertTrue(List.of(g.item("每列").filterText().split(" ")).contains("ml"), g.item("每列").filterText());
    }

    @Test
    void aRuleWordBeingTypedIsReplacedAndTheColonAfterTheCaretDoesNotMatter() {
        Given g = Given.inTable("规则 local.x 每|：total = news", "");
        assertEquals(List.of("每行", "每列", "警告"), g.labels());
        int line = g.caret().line();
        assertEquals(new Range(new Position(line, g.caret().character() - 1), g.caret()), g.item("每行").range());
    }

    /** A word already written is not offered again, nor a second scope once one is written. */
    @Test
    void wordsAlreadyWrittenAreLeftOut() {
        assertEquals(List.of("警告"), Given.inTable("规则 local.x 每列 |", "").labels());
        assertEquals(List.of("每行", "每列"), Given.inTable("规则 local.x 警告 |", "").labels());
        assertEquals(List.of(), Given.inTable("规则 local.x 警告\u3000每行 |", "").labels());
    }

    /** What completion offers is what the reader takes: a rule written with each word reads cleanly. */
    @Test
    void everyOfferedWordIsOneTheReaderTakes() {
        String table = """
                模板 t
                章节 s 一、概述
                  表 counts 数量
                    列 a 甲
                    列 b 乙
                    行 x 子
                    行 y 丑
                    规则 r %s
                """;
        for (String word : Given.inTable("规则 local.x |", "").labels()) {
            String rule = switch (RuleWord.of(word).orElseThrow()) {
                case EACH_ROW -> word + "：a = b";
                case EACH_COLUMN -> word + "：x = y";
                case WARNING -> "每列 " + word + "：x = y";
            };
            var read = TemplateReader.read(table.formatted(rule), "t.nbt", null);
            assertEquals(List.of(), read.diagnostics().all(), rule);
        }
        var unknown = TemplateReader.read(table.formatted("每列 每格：x = y"), "t.nbt", null);
        assertTrue(unknown.diagnostics().all().stream().anyMatch(d -> d.id().equals("template.unknown-attribute")),
                "a word completion does not offer is refused by the reader");
    }

    @Test
    void keywordsStillAtTheStartOfALine() {
        Given g = Given.inTable("|", "");
        assertTrue(g.labels().containsAll(List.of("规则", "行", "列", "别名")), g.labels().toString());
    }

    @Test
    void theLocalRequirementKeywordsAreOfferedAndExplainedOnHover() {
        Given g = Given.inTable("|", "");
        assertTrue(g.labels().containsAll(List.of("字数上限", "应写明")), g.labels().toString());
        String text = "模板 county\n继承 national-2021\n章节 overview\n  应写明 proactive 主动公开…{数}条\n";
        String h = TemplateEditing.hover(text, new Position(3, 3)).orElseThrow().markdown();
        assertTrue(h.contains("应写明 标识 措辞"), h);
    }

    /** The document as the server read it (its bases found beside it) gives the candidates. */
    @Test
    void theReadTemplateGivesTheCandidates() {
        Given g = Given.inTable("规则 local.check 每列：total = |", "");
        var read = nianbao.core.template.TemplateReader.read(g.text(), "county.nbt", null);
        // Without its base, the reopened table is unknown, but the file's own table is there.
        assertEquals(List.of("policies", "news", "total", "上年."),
                TemplateEditing.completion(read, g.text(), g.caret()).stream().map(CompletionItem::label).toList());
    }
}
