package nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.template.FileTemplateResolver;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.ReportSyntaxParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePreviousReportsTest {

    @TempDir
    Path dir;

    @Test
    void theHeaderEndsAtTheFirstHeadingEvenAnIndentedOne() {
        assertEquals(4, FilePreviousReports.headerEnd("a：1\n# 一\nx\n"));
        assertEquals(4, FilePreviousReports.headerEnd("a：1\n\u3000 ## 一\n"));
        assertEquals(0, FilePreviousReports.headerEnd("# 一\n"));
        assertEquals(7, FilePreviousReports.headerEnd("a：1\nb：2"));
    }

    @Test
    void folderListsShareOneReadingAcrossReportsAndFindTheSameReportAsAFreshLookup() throws Exception {
        Files.copy(ExampleFiles.path("yunxi-2020.nianbao"), dir.resolve("yunxi-2020.nianbao"));
        Files.copy(ExampleFiles.path("qingshan-county.nbt"), dir.resolve("qingshan-county.nbt"));
        Path thisYear = dir.resolve("yunxi-2021.nianbao");
        Files.writeString(thisYear, ExampleFiles.read("yunxi-2021.nianbao"));
        Path other = dir.resolve("guanghua-2021.nianbao");
        Files.writeString(other, ExampleFiles.read("guanghua-2021.nianbao"));
        var resolver = new FileTemplateResolver(dir, dir, List.of());
        FilePreviousReports.Folders shared = new FilePreviousReports.Folders();

        PreviousReports.Lookup sharedGuanghua = new FilePreviousReports(other, dir, resolver, shared).find(report(other, resolver));
        PreviousReports.Lookup sharedYunxi = new FilePreviousReports(thisYear, dir, resolver, shared).find(report(thisYear, resolver));
        PreviousReports.Lookup fresh = new FilePreviousReports(thisYear, dir, resolver).find(report(thisYear, resolver));

        assertNull(sharedGuanghua.report(), "no 2020 report of 光华镇 in the folder");
        assertEquals(dir.resolve("yunxi-2020.nianbao").toString(), sharedYunxi.source());
        assertEquals(fresh.source(), sharedYunxi.source());
        assertEquals(2020, sharedYunxi.report().year());
    }

    /**
     * A folder's reports are read for their headers from their first 8 KB; a header that ends
     * past them (a long note at the top), or a cut through a character, must not lose the report.
     */
    @Test
    void lastYearsReportIsFoundWhateverTheLengthOfTheTextBeforeItsFirstHeading() throws Exception {
        Path thisYear = thisYearNamingNoLastYear();
        var resolver = new FileTemplateResolver(dir, dir, List.of());
        for (int noteLength : new int[] {0, 1000, 2729, 2730, 2731, 4000}) {
            // 注 is three bytes in UTF-8: these notes end before, at and after the 8 KB mark,
            // and cut through a character there
            Path lastYear = dir.resolve("a.nianbao");
            String note = noteLength == 0 ? "" : "// " + "注".repeat(noteLength) + "\n";
            Files.writeString(lastYear, note + ExampleFiles.read("yunxi-2020.nianbao"));

            PreviousReports.Lookup lookup = new FilePreviousReports(thisYear, dir, resolver).find(report(thisYear, resolver));

            assertEquals(lastYear.toString(), lookup.source(), "a note of " + noteLength + " characters");
            assertEquals(2020, lookup.report().year());
        }
    }

    @Test
    void aReportThatIsNotUtf8IsPassedOver() throws Exception {
        Path thisYear = thisYearNamingNoLastYear();
        byte[] gbk = ExampleFiles.read("yunxi-2020.nianbao").getBytes(java.nio.charset.Charset.forName("GBK"));
        Files.write(dir.resolve("yunxi-2020.nianbao"), gbk);
        var resolver = new FileTemplateResolver(dir, dir, List.of());

        PreviousReports.Lookup lookup = new FilePreviousReports(thisYear, dir, resolver).find(report(thisYear, resolver));

        assertNull(lookup.report(), "a GBK file's header is not read as UTF-8");
    }

    /**
     * The example yunxi-2021, with the county template it names, written to the folder without its
     * 上年报告 line: last year's report must then be found in the folder.
     */
    private Path thisYearNamingNoLastYear() throws Exception {
        Files.copy(ExampleFiles.path("qingshan-county.nbt"), dir.resolve("qingshan-county.nbt"));
        Path thisYear = dir.resolve("yunxi-2021.nianbao");
        String named = "上年报告：yunxi-2020.nianbao\n";
        assertTrue(ExampleFiles.read("yunxi-2021.nianbao").contains(named), "the example's header changed: adapt this test");
        Files.writeString(thisYear, ExampleFiles.read("yunxi-2021.nianbao").replace(named, ""));
        return thisYear;
    }

    @Test
    void aReportOfAnotherAgencyIsNotEvenBoundToItsTemplate() throws Exception {
        Files.copy(ExampleFiles.path("yunxi-2020.nianbao"), dir.resolve("yunxi-2020.nianbao"));
        Path guanghua = dir.resolve("guanghua-2021.nianbao");
        Files.writeString(guanghua, ExampleFiles.read("guanghua-2021.nianbao"));
        Recording resolver = new Recording(new FileTemplateResolver(dir, dir, List.of()));
        Report report = report(guanghua, resolver);
        resolver.asked.clear();

        PreviousReports.Lookup lookup = new FilePreviousReports(guanghua, dir, resolver).find(report);

        assertNull(lookup.report());
        assertEquals(List.of(), resolver.asked, "yunxi-2020 names 云溪镇, not 光华镇: its template is not needed");
    }

    @Test
    void theQuickTestOfAHeaderAllowsEveryWayOfWritingTheYearAndTheAgency() throws Exception {
        String lastYear = ExampleFiles.read("yunxi-2020.nianbao")
                .replace("年度：2020", "年度：\uFF12\uFF10\uFF12\uFF10年")
                .replace("机关：云溪镇人民政府", "机关：云溪镇\u3000人民 政府");
        assertTrue(lastYear.contains("\uFF12\uFF10\uFF12\uFF10年"), "the example's header changed: adapt this test");
        Files.writeString(dir.resolve("2020.nianbao"), lastYear);
        Path thisYear = thisYearNamingNoLastYear();
        var resolver = new FileTemplateResolver(dir, dir, List.of());

        PreviousReports.Lookup lookup = new FilePreviousReports(thisYear, dir, resolver).find(report(thisYear, resolver));

        assertEquals(dir.resolve("2020.nianbao").toString(), lookup.source());
    }

    /** A resolver that remembers what it was asked for. */
    private static final class Recording implements TemplateResolver {
        final TemplateResolver inner;
        final List<String> asked = new ArrayList<>();

        Recording(TemplateResolver inner) {
            this.inner = inner;
        }

        @Override
        public Resolution resolve(String reference) {
            asked.add(reference);
            return inner.resolve(reference);
        }

        @Override
        public List<String> knownNames() {
            return inner.knownNames();
        }

        @Override
        public Template defaultFor(Integer year) {
            asked.add("default for " + year);
            return inner.defaultFor(year);
        }
    }

    private static Report report(Path file, TemplateResolver resolver) throws Exception {
        return ReportBinder.bind(ReportSyntaxParser.parse(Files.readString(file)), resolver).report();
    }
}
