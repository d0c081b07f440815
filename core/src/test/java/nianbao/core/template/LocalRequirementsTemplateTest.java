package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.text.Phrase;
import org.junit.jupiter.api.Test;

/** Reading local requirements (字数上限, 应写明), and what a template that extends another makes of its parent's. */
class LocalRequirementsTemplateTest {

    static final String CITY = """
            模板 city
            继承 national-2021
            名称 某市政府信息公开工作年度报告模板
            章节 overview
              字数上限 2000
              应写明 proactive 主动公开…{数}…条
                说明 全年主动公开政府信息的条数
              应写明 platform 政务公开专区
            章节 problems
              字数上限 300 每小节
            """;

    /** Reads {@code text} as county.nbt, its bases from the built-ins and {@code files}. */
    static TemplateReader.Result read(String text, Map<String, String> files) {
        return TemplateReader.read(text, "county.nbt", (ref, from) -> {
            if (files.containsKey(ref)) {
                return new TemplateReader.BaseLoader.Loaded(files.get(ref), ref);
            }
            String builtIn = TemplateRegistry.builtIn().text(ref);
            return builtIn == null ? null : new TemplateReader.BaseLoader.Loaded(builtIn, "builtin:" + ref);
        });
    }

    private static SectionDef section(Template t, String id) {
        return t.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(TemplateReader.Result r) {
        return r.diagnostics().all().stream().map(Diagnostic::id).toList();
    }

    @Test
    void aSectionHoldsItsLengthLimitsAndRequiredStatements() {
        TemplateReader.Result r = read(CITY.replace("模板 city", "模板 county"), Map.of());
        assertEquals(List.of(), ids(r));
        SectionDef overview = section(r.template(), "overview");
        assertEquals(2000, overview.lengthLimit().characters());
        assertNull(overview.partLengthLimit());
        assertEquals(List.of("proactive", "platform"), overview.requiredStatements().stream().map(RequiredStatement::id).toList());
        RequiredStatement proactive = overview.requiredStatements().get(0);
        assertEquals("全年主动公开政府信息的条数", proactive.description());
        assertEquals("county", proactive.templateId());
        assertEquals("主动公开…{数}…条", proactive.written());
        assertEquals(5, proactive.declaredAt().start().line());
        LengthLimit perPart = section(r.template(), "problems").partLengthLimit();
        assertTrue(perPart.perPart());
        assertEquals(300, perPart.characters());
        assertNull(section(r.template(), "problems").lengthLimit());
    }

    @Test
    void aStatementWithoutAFigureIsAWordingToo() {
        Phrase p = section(read(CITY, Map.of()).template(), "overview").requiredStatements().get(1).wordings().get(0);
        assertEquals(1, p.find("我镇在便民服务中心设立政务公开专区。").size());
        assertEquals(0, p.find("我镇设立了政务公开专栏。").size());
    }

    @Test
    void aCountyAddsToAndOverridesWhatItsCityDeclares() {
        TemplateReader.Result r = read("""
                模板 county
                继承 city.nbt
                名称 某县模板
                章节 overview
                  字数上限 1500
                  应写明 proactive 主动公开…{数}…条|主动公开…{数}…件
                  应写明 interpretation 解读…{数}…篇
                章节 problems
                  字数上限 800
                """, Map.of("city.nbt", CITY));
        assertEquals(List.of(), ids(r));
        SectionDef overview = section(r.template(), "overview");
        assertEquals(1500, overview.lengthLimit().characters(), "the county's limit replaces the city's");
        assertEquals("county", overview.lengthLimit().templateId());
        assertEquals(List.of("platform", "proactive", "interpretation"),
                overview.requiredStatements().stream().map(RequiredStatement::id).toList());
        RequiredStatement proactive = overview.requiredStatements().get(1);
        assertEquals("主动公开…{数}…条|主动公开…{数}…件", proactive.written(), "the county's wording replaces the city's");
        assertEquals("county", proactive.templateId());
        assertEquals("", proactive.description(), "a replaced requirement keeps nothing of the old one");
        assertEquals("city", overview.requiredStatements().get(0).templateId(), "an inherited one not named stays, the city's");
        SectionDef improvements = section(r.template(), "problems");
        assertEquals(800, improvements.lengthLimit().characters());
        assertEquals(300, improvements.partLengthLimit().characters(), "a limit of the other kind is kept");
    }

    @Test
    void aRequirementRedeclaredUnderAnotherSectionMovesThere() {
        TemplateReader.Result r = read("""
                模板 county
                继承 city.nbt
                章节 other
                  应写明 platform 政务公开专区
                """, Map.of("city.nbt", CITY));
        assertEquals(List.of(), ids(r));
        assertEquals(List.of("proactive"), section(r.template(), "overview").requiredStatements().stream().map(RequiredStatement::id).toList());
        assertEquals(List.of("platform"), section(r.template(), "other").requiredStatements().stream().map(RequiredStatement::id).toList());
    }

    @Test
    void mistakesAreTemplateProblemsOnTheirWords() {
        TemplateReader.Result r = read("""
                模板 county
                继承 national-2021
                字数上限 1500
                章节 overview
                  字数上限 0
                  字数上限 十五
                  应写明 主动公开…{数}条
                  应写明 proactive 主动公开…{数}条
                  应写明 proactive 主动公开…{数}件
                  应写明 x 主动公开…{数}条|
                  字数上限 1500 每节
                """, Map.of());
        assertEquals(List.of("template.misplaced", "template.length-limit", "template.length-limit", "template.incomplete",
                "template.duplicate-id", "template.requirement", "template.unknown-attribute"), ids(r));
        assertEquals(1500, section(r.template(), "overview").lengthLimit().characters(), "a line with an unknown attribute keeps what it says");
    }

    @Test
    void nationalTemplatesDeclareNoLocalRequirement() {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        for (String id : registry.builtInIds()) {
            for (SectionDef s : registry.get(id).sections()) {
                assertNull(s.lengthLimit(), id + " " + s.id());
                assertNull(s.partLengthLimit(), id + " " + s.id());
                assertEquals(List.of(), s.requiredStatements(), id + " " + s.id());
            }
        }
    }

    @Test
    void theKeywordsAreOfferedWithTheirHelp() {
        assertNotNull(TemplateReader.KEYWORDS.get("字数上限"));
        assertTrue(TemplateReader.KEYWORDS.get("应写明").contains("{数}"));
    }
}
