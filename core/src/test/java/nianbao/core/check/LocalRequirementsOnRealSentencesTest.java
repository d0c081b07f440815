package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.ExampleFiles;
import nianbao.core.ReportFiles;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The example county template's required statements ({@code examples/qingshan-county.nbt}:
 * 应写明 proactive, interpretation) against real sentences of published reports
 * ({@code wordings/requirements.tsv}): each sentence, as the 总体情况 of the example report that
 * uses the template, must meet the requirements it is labelled to meet (a finding there is a false
 * alarm on a real report that states the figure) and lack those it is labelled to lack.
 */
class LocalRequirementsOnRealSentencesTest {

    private static final String REPORT = ExampleFiles.read("yunxi-2021.nianbao");
    /** What the example writes in 总体情况, replaced by each sentence. */
    private static final String OVERVIEW = REPORT.substring(REPORT.indexOf("# 一、总体情况\n"), REPORT.indexOf("# 二、"));

    private record Labelled(String requirement, boolean meets, String source, String sentence) {
    }

    @Test
    void theExampleRequirementsAreMetByRealSentencesThatStateTheFiguresAndOnlyByThem() {
        List<Labelled> labelled = read();
        ReportFiles files = new ReportFiles(ExampleFiles.dir(), List.of(), CheckOptions.DEFAULT);
        List<String> wrong = new ArrayList<>();
        int meets = 0;
        for (Labelled l : labelled) {
            // the other requirement met by a sentence of its own, so only the labelled one is in question
            String other = l.requirement().equals("proactive") ? "全年发布政策解读25篇。" : "全年主动公开政府信息152条。";
            String text = REPORT.replace(OVERVIEW, "# 一、总体情况\n" + l.sentence() + "\n" + other + "\n\n");
            List<Diagnostic> found = files.analyze(ExampleFiles.path("yunxi-2021.nianbao"), text).diagnostics().stream()
                    .filter(d -> d.id().equals("local.required-statement")).toList();
            boolean fired = !found.isEmpty();
            if (fired == l.meets() || found.size() > 1) {
                wrong.add((l.meets() ? "false alarm" : "missed") + " (" + l.requirement() + "): " + l.sentence() + " " + found);
            }
            meets += l.meets() ? 1 : 0;
        }
        System.out.printf("local requirements on real sentences: %d sentences (%d meet, %d lack), %d sources; wrong %d%n",
                labelled.size(), meets, labelled.size() - meets, labelled.stream().map(Labelled::source).distinct().count(),
                wrong.size());
        assertTrue(labelled.size() >= 25 && meets >= 20, "the set of real sentences shrank");
        assertEquals(List.of(), wrong);
    }

    private static List<Labelled> read() {
        List<Labelled> out = new ArrayList<>();
        for (String line : Golden.read(Golden.RESOURCES.resolve(Path.of("wordings", "requirements.tsv"))).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Labelled(f[0], f[1].equals("meets"), f[2], f[3]));
        }
        return out;
    }
}
