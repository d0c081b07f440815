package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analyzer;
import nianbao.core.ReportFiles;
import nianbao.core.check.CheckOptions;
import nianbao.syntax.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLinksTest {

    @TempDir
    Path dir;

    private Path yunxi() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("workspace").resolve("reports"));
        for (String name : List.of("yunxi-2020.nianbao", "yunxi-2021.nianbao", "qingshan-county.nbt")) {
            Files.copy(Path.of("..", "examples", name), reports.resolve(name));
        }
        return reports.resolve("yunxi-2021.nianbao");
    }

    private List<FileLink> links(Path file, String text) {
        return DocumentLinks.of(new ReportFiles(dir.resolve("workspace"), List.of(), CheckOptions.DEFAULT).analyze(file, text));
    }

    private static String at(String text, FileLink link) {
        return new SourceText(text).slice(link.range());
    }

    @Test
    void theTemplateFileAndLastYearsReportAreLinkedWhereTheCheckerFoundThem() throws IOException {
        Path report = yunxi();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        List<FileLink> found = links(report, text);
        assertEquals(2, found.size(), found::toString);
        assertEquals("qingshan-county.nbt", at(text, found.get(0)));
        assertEquals(report.resolveSibling("qingshan-county.nbt").toAbsolutePath().normalize(), found.get(0).file());
        assertEquals("yunxi-2020.nianbao", at(text, found.get(1)));
        assertEquals(report.resolveSibling("yunxi-2020.nianbao").toAbsolutePath().normalize(), found.get(1).file());
    }

    @Test
    void aFileThatIsNotThereOrOutsideTheWorkspaceIsNoLink() throws IOException {
        Path report = yunxi();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        Files.copy(report.resolveSibling("yunxi-2020.nianbao"), dir.resolve("outside.nianbao"));
        for (String elsewhere : List.of("yunxi-2019.nianbao", "../../outside.nianbao", "./")) {
            String changed = text.replace("上年报告：yunxi-2020.nianbao", "上年报告：" + elsewhere);
            List<FileLink> found = links(report, changed);
            assertEquals(List.of("qingshan-county.nbt"), found.stream().map(l -> at(changed, l)).toList(), elsewhere);
        }
    }

    @Test
    void aBuiltInTemplateIsNoLink() {
        assertEquals(List.of(), DocumentLinks.of(new Analyzer().analyze(Marked.example())));
    }
}
