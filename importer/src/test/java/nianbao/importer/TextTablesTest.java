package nianbao.importer;

import static nianbao.importer.TextImports.describe;
import static nianbao.importer.TextImports.importText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nianbao.core.template.Template;
import org.junit.jupiter.api.Test;

/** Tables in text without a grid, read with the template: what is read, and what is refused rather than guessed. */
class TextTablesTest {

    private static final Path REAL = Path.of("src/test/resources/real");

    private static String hongzeText() throws IOException {
        return Files.readString(REAL.resolve("26-hongze-qu-2023.txt"));
    }

    private static HandReadValues.Score score(ImportResult r) throws IOException {
        Template t = Importer.builtInTemplates().get("national-2021");
        return HandReadValues.score(HandReadValues.load(REAL.resolve("26-hongze-qu-2023.json"), t),
                ReportValues.document(r.nianbaoText()));
    }

    @Test
    void numbersRunTogetherAreReportedWithTheirLineNeverGuessed() throws IOException {
        String row = "一、本年新收政府信息公开申请数量                             21    0      0     0   0   0     21";
        String text = hongzeText();
        assertTrue(text.contains(row));
        ImportResult r = importText(text.replace(row, "一、本年新收政府信息公开申请数量                             210000021"));
        ImportProblem p = r.problems().stream().filter(x -> x.kind() == ProblemId.ROW_UNREADABLE).findFirst()
                .orElseThrow(() -> new AssertionError(describe(r)));
        assertEquals(ImportProblem.Severity.ERROR, p.severity());
        int line = (int) text.substring(0, text.indexOf(row)).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(p.at().where().startsWith(line + ":"), p.describe());
        assertTrue(p.message().contains("210000021") && p.message().contains("本年新收"), p.message());
        // The row is missing (an error), no value of it is invented, and every other cell is still read.
        assertTrue(r.problems().stream().anyMatch(x -> x.kind() == ProblemId.ROW_MISSING && x.message().contains("本年新收")),
                describe(r));
        assertFalse(r.nianbaoText().contains("210000021"), r.nianbaoText());
        HandReadValues.Score s = score(r);
        assertEquals(s.total() - 7 - 7, s.exact(), s::toString); // this row and the 2019-format row
    }

    @Test
    void pipeSeparatedCellsReadLikeSpaceAlignedOnes() throws IOException {
        // The same text with each row's cells separated by | instead of runs of spaces.
        String piped = hongzeText().lines().map(l -> {
            TextRow row = TextRow.of(new SourceDocument.Line(l, SourcePosition.FILE));
            return row.isRow() ? "| " + row.label() + " | " + String.join(" | ", row.values()) + " |" : l;
        }).collect(Collectors.joining("\n"));
        assertTrue(piped.contains("| 规章 | 0 | 0 | 0 |"), piped);
        ImportResult r = importText(piped);
        HandReadValues.Score s = score(r);
        assertEquals(s.total() - 7, s.exact(), () -> s + "\n" + describe(r));
    }

    @Test
    void aTableWithoutItsRowsIsNotInventedFromProse() throws IOException {
        // Section 二 with its tables gone: prose with numbers in it is not read as table rows.
        String text = hongzeText();
        int from = text.indexOf("第二十条第（一）项");
        int to = text.indexOf("三、收到和处理政府信息公开申请情况");
        ImportResult r = importText(text.substring(0, from) + "本年制发规范性文件 3 件，废止 1 件。\n" + text.substring(to));
        List<String> lost = r.problems().stream().filter(p -> p.kind() == ProblemId.TABLE_LOST).map(ImportProblem::message)
                .toList();
        assertTrue(lost.size() >= 4, describe(r));
        assertFalse(r.nianbaoText().contains("[第二十条"), r.nianbaoText());
        assertTrue(r.nianbaoText().contains("本年制发规范性文件 3 件，废止 1 件。"), r.nianbaoText());
    }

    @Test
    void aLabelWrappedAroundItsValuesKeepsThemOnItsRow() throws IOException {
        // As the 淮安市 2024 PDF has it: the label's first half above the numbers, its rest below them;
        // the next labels alone on the line above their numbers, with pieces of the side heading between.
        String text = hongzeText();
        String published = text.substring(text.indexOf("                  （二）部分公开"),
                text.indexOf("                            3.危及"));
        String wrapped = "（二）部分公开（区分处理的，只计这一情\n4    0      0     0   0   0     4\n形，不计其他情形）\n"
                + "1.属于国家秘密\n1     0      0     0   0   0     1\n三、\n2.其他法律行政法规禁止公开\n"
                + "本   0     0      0     0   0   0     0\n年\n";
        ImportResult r = importText(text.replace(published, wrapped));
        HandReadValues.Score s = score(r);
        assertEquals(s.total() - 7, s.exact(), () -> s + "\n" + describe(r)); // all but the 2019-format row
        assertTrue(s.misses().stream().map(m -> m.cell().row().id()).noneMatch(id -> id.equals("partial") || id.equals("state-secret")),
                s::toString);
    }

    @Test
    void aLineThatFitsTwoFreeRowsEquallyIsReportedNotGuessed() throws IOException {
        // Rows 7. and 8. of （三） lost, one line left whose label fits each of them as well as the other.
        String text = hongzeText();
        String published = text.substring(text.indexOf("                            7.属于行政执法案卷"),
                text.indexOf("                            1.本机关不掌握"));
        ImportResult r = importText(text.replace(published, "属于行政案卷事项   1     0      0     0   0   0     1\n"));
        ImportProblem p = r.problems().stream().filter(x -> x.kind() == ProblemId.ROW_UNREADABLE).findFirst()
                .orElseThrow(() -> new AssertionError(describe(r)));
        assertTrue(p.message().contains("属于行政执法案卷") && p.message().contains("属于行政查询事项")
                && p.message().contains("属于行政案卷事项"), p.message());
        HandReadValues.Score s = score(r);
        assertEquals(List.of(), s.misses().stream().filter(m -> !m.actual().equals("null")).toList(), "no value on another row");
        assertEquals(s.total() - 7 - 14, s.exact(), s::toString); // the 2019-format row and the two rows
    }
}
