package nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.template.FileTemplateResolver;
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

    private static Report report(Path file, FileTemplateResolver resolver) throws Exception {
        return ReportBinder.bind(ReportSyntaxParser.parse(Files.readString(file)), resolver).report();
    }
}
