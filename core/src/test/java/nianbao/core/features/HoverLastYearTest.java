package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.syntax.Position;
import org.junit.jupiter.api.Test;

/** Hover on a cell shows last year's value when last year's report is known (yunxi-2021 names yunxi-2020). */
class HoverLastYearTest {

    private static final String TEXT = ExampleFiles.read("yunxi-2021.nianbao");

    private static Analysis withLastYear() {
        return new ReportFiles(ExampleFiles.dir(), List.of(), CheckOptions.DEFAULT).analyze(ExampleFiles.path("yunxi-2021.nianbao"), TEXT);
    }

    /** The caret on the first occurrence of {@code value} after the start of the line starting with {@code row}. */
    private static Position at(String row, String value) {
        List<String> lines = TEXT.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(row)) {
                return new Position(i, lines.get(i).indexOf(value, row.length()));
            }
        }
        throw new AssertionError(row);
    }

    private static String hover(Analysis a, Position p) {
        return Hover.at(a, p).orElseThrow().markdown();
    }

    @Test
    void aCellShowsLastYearsValueAndTheChange() {
        String h = hover(withLastYear(), at("行政许可", "41"));
        assertTrue(h.contains("上年（yunxi-2020.nianbao）：35，本年增加 6"), h);
        String penalties = hover(withLastYear(), at("本年新收", "6"));
        assertTrue(penalties.contains("上年（yunxi-2020.nianbao）：4，本年增加 2"), penalties);
    }

    @Test
    void acrossFormatsThroughTheTemplatesCorrespondenceAndNothingWhereNoneIsDeclared() {
        // 2021's 本年制发件数 is 2019's 本年新制作数量 (曾用标识 made): 2 last year.
        String issued = hover(withLastYear(), at("行政规范性文件", "3"));
        assertTrue(issued.contains("上年（yunxi-2020.nianbao）：2，本年增加 1"), issued);
        // 现行有效件数 has no counterpart in the 2019 format: no last-year line rather than a wrong one.
        String active = hover(withLastYear(), at("行政规范性文件", "11"));
        assertFalse(active.contains("上年（"), active);
    }

    @Test
    void withoutLastYearsReportNoLastYearLine() {
        String h = hover(new Analyzer().analyze(TEXT), at("行政许可", "41"));
        assertTrue(h.contains("填写：41"), h);
        assertFalse(h.contains("上年（"), h);
    }
}
