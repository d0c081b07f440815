package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.syntax.Position;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition from a report lands in the template file that declares the name. */
class DefinitionInSharedTemplatesTest {

    @TempDir
    Path dir;

    private Position at(String text, String lineStart, int column) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(lineStart)) {
                return new Position(i, column);
            }
        }
        throw new IllegalArgumentException(lineStart);
    }

    @Test
    void localNamesGoToTheCountyFileAndNationalNamesToTheBuiltIn() throws Exception {
        Files.writeString(dir.resolve("base.nbt"), ExampleFiles.read("qingshan-county.nbt")
                .replace("模板 qingshan-county", "模板 base"));
        Files.writeString(dir.resolve("county.nbt"), "模板 county\n继承 base.nbt\n章节 more 八、其他专栏 正文\n");
        String report = ExampleFiles.read("yunxi-2021.nianbao").replace("模板：qingshan-county.nbt", "模板：county.nbt")
                .replace("上年报告：yunxi-2020.nianbao\n", "") + "\n# 八、其他专栏\n无\n";
        Path file = dir.resolve("report.nianbao");
        Analysis a = new ReportFiles(dir, List.of(), CheckOptions.DEFAULT).analyze(file, report);
        assertEquals(List.of(), a.diagnostics());

        DefinitionTarget more = Definition.at(a, at(report, "# 八、", 3)).orElseThrow();
        assertEquals(dir.resolve("county.nbt").toString(), more.templateSource());

        DefinitionTarget local = Definition.at(a, at(report, "# 七、", 3)).orElseThrow();
        assertEquals(dir.resolve("base.nbt").toString(), local.templateSource());
        String base = Files.readString(dir.resolve("base.nbt"));
        assertTrue(new SourceText(base).line(local.range().start().line()).startsWith("章节 local-column"));

        DefinitionTarget national = Definition.at(a, at(report, "本年新收", 1)).orElseThrow();
        assertEquals("builtin:national-2021", national.templateSource());
        assertTrue(national.builtIn());
    }
}
