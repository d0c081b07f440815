package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.syntax.Position;
import org.junit.jupiter.api.Test;

/** Hover on a section heading says what the report's template requires of it locally (字数上限, 应写明). */
class HoverLocalRequirementsTest {

    private static final String TEXT = ExampleFiles.read("yunxi-2021.nianbao");
    private static final Position OVERVIEW = new Position(TEXT.lines().toList().indexOf("# 一、总体情况"), 4);

    @Test
    void theCountyTemplatesRequirementsOnTheHeadingOfTheirSection() {
        String h = Hover.at(new ReportFiles(ExampleFiles.dir(), List.of(), CheckOptions.DEFAULT)
                .analyze(ExampleFiles.path("yunxi-2021.nianbao"), TEXT), OVERVIEW).orElseThrow().markdown();
        assertTrue(h.contains("本地要求：\n- 正文不超过 1,500 字"), h);
        assertTrue(h.contains("- 应写明全年主动公开政府信息的条数：`主动公开…{数}…条|"), h);
        assertTrue(h.contains("- 应写明全年发布政策解读的数量：`解读…{数}…篇|"), h);
    }

    @Test
    void nothingOfTheKindOnANationalTemplate() {
        String national = TEXT.replace("模板：qingshan-county.nbt", "模板：national-2021");
        String h = Hover.at(new Analyzer().analyze(national), OVERVIEW).orElseThrow().markdown();
        assertFalse(h.contains("本地要求"), h);
    }
}
