package nianbao.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.model.Report;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

    private static final ReportFiles FILES = new ReportFiles(ExampleFiles.dir(), List.of(), CheckOptions.DEFAULT);

    /** A report as if it were the file {@code name} of the examples folder (its template found beside it). */
    private static Report report(String name, String text) {
        return FILES.analyze(ExampleFiles.path(name), text).report();
    }

    private static Report example(String name) {
        return report(name, ExampleFiles.read(name));
    }

    private static String replaced(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    private static ReportDiff.TableDiff table(ReportDiff d, String id) {
        return d.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** A cell change as "row/column old→new change percent". */
    private static List<String> cells(ReportDiff.TableDiff t) {
        return t.cells().stream().map(c -> c.rowId() + "/" + c.columnId() + " " + c.before().toPlainString() + "→"
                + c.after().toPlainString() + " " + c.change().toPlainString() + " "
                + (c.percent() == null ? "-" : c.percent().toPlainString())).toList();
    }

    @Test
    void from2019To2021FormatsTheCorrespondingCellsAreCompared() {
        ReportDiff d = ReportDiff.of(example("yunxi-2020.nianbao"), "yunxi-2020.nianbao", example("yunxi-2021.nianbao"),
                "yunxi-2021.nianbao");
        // 本年新制作数量 (2019) stands for 本年制发件数 (2021) by the template's 曾用标识; the other columns do not correspond.
        ReportDiff.TableDiff documents = table(d, "art20-1");
        assertEquals(List.of("normative/issued 2→3 1 50.0"), cells(documents));
        assertEquals(List.of("本年废止件数", "现行有效件数"), documents.columnsAdded());
        assertEquals(List.of("本年新公开数量", "对外公开总数量"), documents.columnsRemoved());
        ReportDiff.TableDiff permits = table(d, "art20-5");
        assertEquals(List.of("permits/decisions 35→41 6 17.1"), cells(permits));
        assertEquals(List.of("其他对外管理服务"), permits.rowsRemoved());
        assertEquals(List.of("penalties/decisions 7→9 2 28.6", "enforcement/decisions 0→1 1 -"), cells(table(d, "art20-6")));
        // The fee table kept its id but shares no column: columns added and removed, no cell compared.
        assertEquals(List.of(), cells(table(d, "art20-8")));
        assertEquals(List.of("本年收费金额"), table(d, "art20-8").columnsAdded());
        assertEquals(ReportDiff.Kind.REMOVED, table(d, "art20-9").kind());
        assertEquals(ReportDiff.Kind.ADDED, table(d, "column-updates").kind());
        assertEquals(List.of(new ReportDiff.SectionChange("七、政务公开专栏建设情况", ReportDiff.Kind.ADDED)), d.sections());
        ReportDiff.TableDiff applications = table(d, "applications");
        assertTrue(cells(applications).contains("new/natural 3→5 2 66.7"), cells(applications).toString());
        assertTrue(cells(applications).contains("handled-total/total 3→6 3 100.0"), cells(applications).toString());
        assertEquals(List.of("逾期不补正", "逾期未缴费", "3.其他"), applications.rowsAdded());
        // The paragraphs of section 一 were all rewritten; section 五 lost two points.
        assertEquals(5, d.prose().stream().filter(p -> p.section().equals("一、总体情况") && p.kind() == ReportDiff.Kind.CHANGED).count());
        assertEquals(List.of("2、政策解读形式较为单一。", "2、采用图解、问答等形式开展政策解读。"),
                d.prose().stream().filter(p -> p.kind() == ReportDiff.Kind.REMOVED).map(ReportDiff.ProseChange::before).toList());
    }

    @Test
    void a2019SingleRowIsComparedWithTheSumOfThe2021RowsUnderTheHeadingOfTheSameId() {
        String last = replaced(ExampleFiles.read("yunxi-2020.nianbao"), "其余 0\n\n# 四",
                "其他处理        1       0         0         0             0             0     1\n其余 0\n\n# 四");
        String now = replaced(ExampleFiles.read("yunxi-2021.nianbao"), "其余 0\n\n# 四",
                "逾期不补正      2       0         0         0             0             0     2\n"
                        + "3.其他          1       0         0         0             0             0     1\n其余 0\n\n# 四");
        ReportDiff d = ReportDiff.of(report("yunxi-2020.nianbao", last), "a", report("yunxi-2021.nianbao", now), "b");
        List<String> changes = cells(table(d, "applications"));
        // 1 in 2019's （六）其他处理, 2 + 0 + 1 under 2021's: +2 natural, +2 in all.
        assertTrue(changes.contains("other-handling/natural 1→3 2 200.0"), changes.toString());
        assertTrue(changes.contains("other-handling/total 1→3 2 200.0"), changes.toString());
    }

    @Test
    void sameFormatEveryChangedCellWithItsLineAndTheParagraphsChanged() {
        String last = ExampleFiles.read("yunxi-2021.nianbao");
        String now = replaced(replaced(replaced(replaced(last, "年度：2021", "年度：2022"),
                "行政许可              41", "行政许可              38"),
                "本年新收        5       1         0         0             0             0     6",
                "本年新收        7       1         0         0             0             0     8"),
                "1、落实专人负责专栏维护，每周检查更新情况。\n",
                "1、落实专人负责专栏维护，每周检查两次更新情况。\n2、建立栏目更新台账。\n");
        ReportDiff d = ReportDiff.of(report("yunxi-2021.nianbao", last), "yunxi-2021.nianbao",
                report("yunxi-2022.nianbao", now), "yunxi-2022.nianbao");
        assertEquals(List.of("permits/decisions 41→38 -3 -7.3"), cells(table(d, "art20-5")));
        assertEquals(List.of("new/natural 5→7 2 40.0", "new/total 6→8 2 33.3"), cells(table(d, "applications")));
        assertEquals(2, d.tables().size(), "only the tables with a change");
        int newLine = now.lines().toList().indexOf(now.lines().filter(l -> l.startsWith("本年新收")).findFirst().orElseThrow()) + 1;
        assertEquals(newLine, table(d, "applications").cells().get(0).line());
        assertEquals(List.of(ReportDiff.Kind.CHANGED, ReportDiff.Kind.ADDED), d.prose().stream().map(ReportDiff.ProseChange::kind).toList());
        assertEquals("2、建立栏目更新台账。", d.prose().get(1).after());
        assertNull(d.prose().get(1).before());
        assertEquals(List.of(), d.sections());
        assertEquals(new BigDecimal("-3"), table(d, "art20-5").cells().get(0).change());
    }

    @Test
    void aReportComparedWithItselfHasNoChange() {
        Report r = example("yunxi-2021.nianbao");
        assertTrue(ReportDiff.of(r, "a", example("yunxi-2021.nianbao"), "b").isEmpty());
        assertEquals("没有变化。", DiffOutput.summary(ReportDiff.of(r, "a", r, "b")));
    }
}
