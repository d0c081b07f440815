package nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nianbao.core.ExampleFiles;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.ReportSyntaxParser;
import org.junit.jupiter.api.Test;

class ReportBinderTest {

    @Test
    void theTemplateReferenceFoundWithoutParsingIsTheOneTheBinderResolves() throws Exception {
        for (String example : new String[] {"guanghua-2021.nianbao", "yunxi-2020.nianbao", "yunxi-2021.nianbao"}) {
            String text = ExampleFiles.read(example);
            ReportBinder.Bound bound = ReportBinder.bind(ReportSyntaxParser.parse(text), TemplateResolver.builtIn());
            assertEquals(bound.templateReference().text(), ReportBinder.templateReference(text), example);
        }
    }

    @Test
    void theTemplateReferenceIsReadInEitherWidthOfColonAndOnlyInTheHeader() {
        assertEquals("national-2019", ReportBinder.templateReference("// 注释\r\n机关：某镇\r\n 模板 : national-2019 \r\n# 一、总体情况\n"));
        assertEquals("x.nbt", ReportBinder.templateReference("模板：x.nbt"));
        assertNull(ReportBinder.templateReference("机关：某镇\n# 一、总体情况\n模板：national-2019\n"));
        assertNull(ReportBinder.templateReference("模板：\n"));
        assertNull(ReportBinder.templateReference(""));
    }
}
