package nianbao.importer;

import static nianbao.importer.TextImports.importText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Broken or foreign input gives clear messages (with positions where there are any), never an exception. */
class GarbledInputTest {

    private static String baishiText() {
        return new String(SampleReports.baishi2021().text(), StandardCharsets.UTF_8);
    }

    private static List<ImportProblem> errors(ImportResult r) {
        return r.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList();
    }

    /** A problem of this kind whose message names what it is about (a row, a table, a section). */
    private static boolean has(ImportResult r, ProblemId kind, Predicate<String> about) {
        return r.problems().stream().anyMatch(p -> p.kind() == kind && about.test(p.message()));
    }

    private static String describe(ImportResult r) {
        StringBuilder sb = new StringBuilder();
        r.problems().forEach(p -> sb.append(p.severity()).append(' ').append(p.describe()).append('\n'));
        return sb.toString();
    }

    @Test
    void tableCutShortInTheMiddleOfARow() {
        String text = baishiText();
        String cut = "\t2.重复申请\n\t0\n\t0\n\t0\n";
        ImportResult r = importText(text.substring(0, text.indexOf(cut) + cut.length()));
        assertTrue(r.tableLost(), describe(r));
        ImportProblem shortRow = errors(r).stream().filter(p -> p.kind() == ProblemId.ROW_SHORT && p.message().contains("2.重复申请")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(r)));
        int line = (int) text.substring(0, text.indexOf(cut)).chars().filter(c -> c == '\n').count();
        assertEquals((line + 1) + ":2", shortRow.at().where());
        assertTrue(has(r, ProblemId.ROW_MISSING, m -> m.contains("3.要求提供公开出版物")), describe(r));
        assertTrue(has(r, ProblemId.TABLE_LOST, m -> m.contains("行政复议和行政诉讼")), describe(r));
        assertTrue(has(r, ProblemId.SECTION_MISSING, m -> m.contains("五、")), describe(r));
        // What was read is still written: the rows before the cut keep their values.
        assertTrue(r.nianbaoText().contains("本年新收"), r.nianbaoText());
    }

    @Test
    void missingSectionIsNamed() {
        String text = baishiText();
        int from = text.indexOf("五、存在的主要问题及改进情况");
        int to = text.indexOf("六、其他需要报告的事项");
        ImportResult r = importText(text.substring(0, from) + text.substring(to));
        assertFalse(r.tableLost(), describe(r));
        assertEquals(1, errors(r).size(), describe(r));
        assertEquals(ProblemId.SECTION_MISSING, errors(r).get(0).kind());
        assertEquals("原文中没有找到第5部分「五、存在的主要问题及改进情况」", errors(r).get(0).message());
    }

    @Test
    void tableWithoutItsSectionHeadingIsStillImported() {
        String text = baishiText().replace("四、政府信息公开行政复议、行政诉讼情况\n", "");
        ImportResult r = importText(text);
        assertFalse(r.tableLost(), describe(r));
        assertTrue(errors(r).isEmpty(), describe(r));
        assertTrue(has(r, ProblemId.SECTION_HEADING_MISSING, m -> m.contains("四、政府信息公开行政复议、行政诉讼情况")), describe(r));
        assertTrue(r.nianbaoText().contains("# 四、政府信息公开行政复议、行政诉讼情况"), r.nianbaoText());
    }

    @Test
    void randomBytesAreRefusedWithAReason() {
        byte[] noise = new byte[4096];
        new Random(20211231L).nextBytes(noise);
        for (String name : List.of("noise.txt", "noise.docx", "noise.html")) {
            ImportResult r = Importer.importBytes(name, noise);
            assertTrue(r.tableLost(), name);
            assertEquals("", r.nianbaoText(), name);
            assertEquals(1, errors(r).size(), name + "\n" + describe(r));
            String message = errors(r).get(0).message();
            assertFalse(message.contains("Exception"), message);
            assertTrue(List.of(ProblemId.NOT_TEXT, ProblemId.FILE_UNREADABLE, ProblemId.NOT_A_REPORT)
                    .contains(errors(r).get(0).kind()), name + "\n" + describe(r));
        }
    }

    @Test
    void titleSetOnTwoLines() {
        String text = baishiText().replace("白石镇2021年政府信息公开工作年度报告\n", "白石镇\n2021年政府信息公开工作年度报告\n");
        ImportResult r = importText(text);
        assertTrue(r.nianbaoText().contains("标题：白石镇2021年政府信息公开工作年度报告\n机关：白石镇人民政府\n"), r.nianbaoText());
        assertTrue(r.problems().stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR || List.of(ProblemId.BEFORE_TITLE,
                ProblemId.HEADER_UNKNOWN, ProblemId.ROW_UNKNOWN, ProblemId.EXTRA_CELLS).contains(p.kind())), describe(r));
    }

    @Test
    void anAgencyNamedOnlyByItsPlaceIsNotMadeUp() {
        // No full name anywhere in the text: the template's 全称 lines only suggest one; 机关 stays for the clerk.
        String text = baishiText().replace("白石镇人民政府", "本街道").replace("白石镇", "东风街道");
        assertFalse(text.contains("东风街道办事处"), "the text itself must not name the full agency");
        ImportResult r = importText(text);
        assertFalse(r.nianbaoText().contains("机关："), r.nianbaoText());
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemId.AGENCY_NOT_FOUND && p.message().contains("东风街道办事处")),
                describe(r));
    }

    @Test
    void cutAnywhereNeverBreaksTheImporter() {
        for (String name : List.of("cut.txt", "cut.html", "cut.docx")) {
            PublishedReport report = SampleReports.hexi2020();
            byte[] whole = name.endsWith(".txt") ? report.text() : name.endsWith(".html") ? report.html() : report.docx();
            for (int end = 1; end < whole.length; end += whole.length / 60) {
                ImportResult r = Importer.importBytes(name, java.util.Arrays.copyOf(whole, end));
                assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemId.INTERNAL_ERROR), name + " cut at " + end
                        + "\n" + describe(r));
                if (name.endsWith(".txt") && end < whole.length / 2) {
                    assertTrue(r.tableLost(), name + " cut at " + end); // section 四 and its table are gone
                }
            }
        }
    }

    @Test
    void emptyFileAndUnknownKind() {
        ImportResult empty = Importer.importBytes("empty.txt", new byte[0]);
        assertTrue(empty.tableLost());
        assertEquals(ProblemId.FILE_EMPTY, errors(empty).get(0).kind());
        ImportResult pdf = Importer.importBytes("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertTrue(pdf.tableLost());
        assertEquals(ProblemId.PDF_DAMAGED, errors(pdf).get(0).kind(), describe(pdf));
        assertTrue(pdf.unreadable());
        ImportResult odt = Importer.importBytes("report.odt", "text".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ProblemId.UNSUPPORTED_FILE, errors(odt).get(0).kind(), describe(odt));
    }

    @Test
    void garbledCellIsReportedWhereItStands() {
        String text = baishiText();
        String row = "\t一、本年新收政府信息公开申请数量\n\t12\n";
        assertTrue(text.contains(row));
        ImportResult r = importText(text.replace(row, "\t一、本年新收政府信息公开申请数量\n\t十二\n"));
        ImportProblem garbled = errors(r).stream().filter(p -> p.kind() == ProblemId.VALUE_NOT_A_NUMBER && p.message().contains("「十二」"))
                .findFirst().orElseThrow(() -> new AssertionError(describe(r)));
        int line = (int) text.substring(0, text.indexOf(row)).chars().filter(c -> c == '\n').count() + 1;
        assertEquals((line + 1) + ":2", garbled.at().where());
        assertFalse(r.tableLost());
    }
}
