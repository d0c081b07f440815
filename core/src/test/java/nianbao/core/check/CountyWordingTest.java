package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A required figure that must equal a table cell is a 说法 of the county's template, compared by
 * {@code prose.table-mismatch} like the national ones: examples/qingshan-county.nbt requires the
 * policy interpretations in 总体情况 (应写明) and compares "政策解读N条" with its own table.
 */
class CountyWordingTest {

    private static List<Diagnostic> check(String text) {
        return new ReportFiles(ExampleFiles.dir(), List.of(), CheckOptions.DEFAULT)
                .analyze(ExampleFiles.path("yunxi-2021.nianbao"), text).diagnostics();
    }

    @Test
    void theFigureTheCountyRequiresIsComparedWithItsTable() {
        String example = ExampleFiles.read("yunxi-2021.nianbao");
        assertEquals(List.of(), check(example), "the example states 25, as its table");
        String wrong = example.replace("政策解读25条", "政策解读26条");
        List<Diagnostic> found = check(wrong);
        assertEquals(1, found.size(), found::toString);
        assertEquals("prose.table-mismatch", found.get(0).id());
        assertTrue(found.get(0).message().startsWith("表“专栏更新情况”中“政策解读”的“本年更新条数”为 25，正文写 26（相差 1）"),
                found.get(0).message());
    }
}
