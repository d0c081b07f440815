package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class TemplateExtensionTest {

    private static TemplateReader.Result read(String text) {
        return TemplateReader.read(text, "county.nbt", (ref, from) -> {
            String builtIn = TemplateRegistry.builtIn().text(ref);
            return builtIn == null ? null : new TemplateReader.BaseLoader.Loaded(builtIn, "builtin:" + ref);
        });
    }

    private static List<String> ids(TemplateReader.Result r) {
        return r.diagnostics().all().stream().map(Diagnostic::id).toList();
    }

    @Test
    void extensionInheritsEverythingAndAddsASection() {
        var r = read("""
                模板 county
                继承 national-2021
                章节 local 七、政务公开专栏建设情况
                  表 updates 专栏更新
                    列 n 条数
                    行 a 政策文件
                    行 b 工作动态
                    行 total 合计
                    规则 local.total 每列：total = a + b
                """);
        assertEquals(List.of(), ids(r));
        Template t = r.template();
        assertEquals("county", t.id());
        assertEquals(List.of("national-2021"), t.ancestors());
        assertEquals(7, t.sections().size());
        assertEquals("七、政务公开专栏建设情况", t.sections().get(6).label());
        TableDef applications = t.tables().stream().filter(x -> x.id().equals("applications")).findFirst().orElseThrow();
        assertTrue(applications.rules().stream().anyMatch(x -> x.id().equals("balance.application")));
        assertEquals("national-2021", applications.templateId(), "declarations remember the file they come from");
        assertEquals("county", t.sections().get(6).templateId());
    }

    @Test
    void reopeningAddsAliasesRowsAndReplacesBoilerplate() {
        var r = read("""
                模板 county
                继承 national-2021
                章节 overview
                  样板 第一行
                  样板 第二行
                章节 proactive
                  表 art20-6
                    行 inspections 行政检查
                    行 penalties
                      别名 罚款
                """);
        assertEquals(List.of(), ids(r));
        Template t = r.template();
        assertEquals(List.of("第一行", "第二行"), t.sections().get(0).boilerplate());
        TableDef art206 = t.tables().stream().filter(x -> x.id().equals("art20-6")).findFirst().orElseThrow();
        assertEquals(List.of("penalties", "enforcement", "inspections"), art206.valueRows().stream().map(RowDef::id).toList());
        assertTrue(art206.row("penalties").aliases().contains("罚款"));
    }

    @Test
    void aNationalRuleCannotBeRedefinedOrItsLabelChanged() {
        var r = read("""
                模板 county
                继承 national-2021
                章节 applications
                  表 applications
                    规则 balance.application 每列：new = handled-total
                    行 new 本年新收申请
                """);
        assertEquals(List.of("template.redefined", "template.rule-redefined"), ids(r).stream().sorted().toList());
        TableDef applications = r.template().tables().stream().filter(x -> x.id().equals("applications")).findFirst()
                .orElseThrow();
        var rule = applications.rules().stream().filter(x -> x.id().equals("balance.application")).findFirst().orElseThrow();
        assertEquals(4, rule.lhs().size() + rule.rhs().size(), "the national rule stays as declared");
    }

    @Test
    void unknownBaseAndMisplacedExtendAreReported() {
        assertEquals(List.of("template.base-unknown"), ids(read("模板 x\n继承 nowhere\n章节 a 一、甲 正文\n")));
        assertEquals(List.of("template.misplaced"), ids(read("模板 x\n章节 a 一、甲 正文\n继承 national-2021\n")));
    }

    @Test
    void cyclesAreDetected() {
        var r = TemplateReader.read("模板 a\n继承 b.nbt\n章节 s 一、甲 正文\n", "a.nbt", (ref, from) -> switch (ref) {
            case "b.nbt" -> new TemplateReader.BaseLoader.Loaded("模板 b\n继承 a.nbt\n", "b.nbt");
            case "a.nbt" -> new TemplateReader.BaseLoader.Loaded("模板 a\n继承 b.nbt\n", "a.nbt");
            default -> null;
        });
        // The cycle is found inside b (b → a), and a reports that its base has a problem.
        assertEquals(List.of("template.base-problem"), ids(r));
        assertTrue(r.diagnostics().all().get(0).message().contains("循环继承"));
        assertNotNull(r.template());
    }

    @Test
    void national2019HasTheEarlierLayout() {
        Template t = TemplateRegistry.builtIn().get("national-2019");
        assertEquals(2019, t.firstYear());
        assertEquals(2020, t.lastYear());
        TableDef applications = t.tables().stream().filter(x -> x.id().equals("applications")).findFirst().orElseThrow();
        assertEquals(23, applications.valueRows().size());
        assertEquals(ColumnDef.Kind.SIGNED, t.tables().stream().filter(x -> x.id().equals("art20-5")).findFirst()
                .orElseThrow().column("change").kind());
        assertTrue(t.tables().stream().anyMatch(x -> x.id().equals("art20-9")));
    }
}
