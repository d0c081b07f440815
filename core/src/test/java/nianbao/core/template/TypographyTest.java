package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nianbao.core.template.Typography.Part;
import org.junit.jupiter.api.Test;

/** 版式: the national templates declare GB/T 9704's fonts and sizes; a county template changes only what it names. */
class TypographyTest {

    private static final TemplateReader.BaseLoader BUILT_IN = (reference, from) -> {
        try (InputStream in = TypographyTest.class.getClassLoader()
                .getResourceAsStream("nianbao/templates/" + reference + ".nbt")) {
            return in == null ? null : new TemplateReader.BaseLoader.Loaded(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "builtin:" + reference);
        } catch (IOException e) {
            return null;
        }
    };

    @Test
    void theNationalTemplatesDeclareTheOfficialDocumentSettings() {
        for (String id : List.of("national-2021", "national-2019")) {
            Typography t = TemplateRegistry.builtIn().get(id).typography();
            assertEquals(List.of("方正小标宋简体", "宋体"), t.style(Part.TITLE).fonts(), id);
            assertEquals(22, t.style(Part.TITLE).points(), id);
            assertEquals(List.of("仿宋_GB2312", "仿宋"), t.style(Part.BODY).fonts(), id);
            assertEquals(16, t.style(Part.BODY).points(), id);
            assertEquals(List.of("黑体"), t.style(Part.HEADING1).fonts(), id);
            assertEquals(List.of("楷体_GB2312", "楷体"), t.style(Part.HEADING2).fonts(), id);
            assertEquals(10.5, t.style(Part.TABLE).points(), id);
        }
    }

    @Test
    void aCountyTemplateOverridesOnlyWhatItNames() {
        var read = TemplateReader.read("模板 county\n继承 national-2021\n版式 正文 字体=宋体\n版式 表格 字号=小五\n", "county.nbt", BUILT_IN);
        assertTrue(read.diagnostics().all().isEmpty(), read.diagnostics().all()::toString);
        Typography t = read.template().typography();
        assertEquals(List.of("宋体"), t.style(Part.BODY).fonts());
        assertEquals(16, t.style(Part.BODY).points(), "the size stays the national one");
        assertEquals(9, t.style(Part.TABLE).points());
        assertEquals(List.of("仿宋_GB2312", "仿宋"), t.style(Part.TABLE).fonts(), "the table's font stays the national one");
        assertEquals(List.of("黑体"), t.style(Part.HEADING1).fonts());
    }

    @Test
    void anUnknownPartOrAttributeIsATemplateProblem() {
        var read = TemplateReader.read("模板 t\n版式 页脚 字号=三号\n版式 正文 字号=巨大\n", "t.nbt", null);
        assertEquals(2, read.diagnostics().all().stream().filter(d -> d.id().equals("template.unknown-attribute")).count(),
                read.diagnostics().all()::toString);
        assertEquals(0, read.template().typography().style(Part.BODY).points(), "nothing declared by the broken line");
    }
}
