package nianbao.core.template;

import static nianbao.core.robustness.Documents.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.check.CheckOptions;
import nianbao.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template from another township is input like any other: it may only be read from where it is
 * allowed, and nothing in it can make the checker loop, explode or hang. Each case goes through a
 * report, the way a clerk meets it, and ends with a diagnostic.
 */
class HostileTemplateTest {

    @TempDir
    Path root;

    private static final String REPORT = "标题：某镇2021年政府信息公开工作年度报告\n机关：某镇人民政府\n年度：2021\n模板：%s\n\n# 一、总体情况\n%s\n";

    private Analysis analyze(Path dir, String reference, String prose) {
        var resolver = new FileTemplateResolver(dir, root.resolve("ws"), List.of());
        return guarded(() -> new Analyzer(resolver, CheckOptions.DEFAULT).analyze(REPORT.formatted(reference, prose)));
    }

    private Path workspace() throws Exception {
        return Files.createDirectories(root.resolve("ws/town"));
    }

    private static Diagnostic only(Analysis a, String id) {
        List<Diagnostic> found = a.diagnostics().stream().filter(d -> d.id().equals(id)).toList();
        assertEquals(1, found.size(), () -> id + " in " + a.diagnostics());
        return found.get(0);
    }

    @Test
    void anAbsolutePathIsRefusedAndTheReportSaysWhy() throws Exception {
        Path town = workspace();
        Path outside = Files.createDirectories(root.resolve("elsewhere")).resolve("evil.nbt");
        Files.writeString(outside, "模板 evil\n继承 national-2021\n");
        Diagnostic d = only(analyze(town, outside.toString(), "无"), "header.unknown-template");
        assertTrue(d.message().contains("绝对路径"), d.message());
    }

    @Test
    void aPathLeavingTheWorkspaceIsRefusedAndTheReportSaysWhy() throws Exception {
        Path town = workspace();
        Files.writeString(Files.createDirectories(root.resolve("elsewhere")).resolve("evil.nbt"), "模板 evil\n继承 national-2021\n");
        Diagnostic d = only(analyze(town, "../../elsewhere/evil.nbt", "无"), "header.unknown-template");
        assertTrue(d.message().contains("不能离开工作区"), d.message());
    }

    @Test
    void aFileThatIsNotATemplateIsRefusedAndTheReportSaysWhy() throws Exception {
        Path town = workspace();
        Files.writeString(town.resolve("notes.txt"), "模板 notes\n继承 national-2021\n");
        Diagnostic d = only(analyze(town, "./notes.txt", "无"), "header.unknown-template");
        assertTrue(d.message().contains(".nbt"), d.message());
    }

    @Test
    void aReferenceNoFileSystemAcceptsIsRefusedWithoutACrash() throws Exception {
        Path town = workspace();
        for (String reference : List.of("a\u0000b.nbt", "x/\u0000.nbt", "\u0000", "con:.nbt", "a".repeat(5000) + ".nbt")) {
            Analysis a = analyze(town, reference, "无");
            assertTrue(a.diagnostics().stream().anyMatch(d -> d.id().equals("header.unknown-template")),
                    () -> reference + ": " + a.diagnostics());
        }
    }

    @Test
    void cyclicExtendsEndWithADiagnostic() throws Exception {
        Path town = workspace();
        Files.writeString(town.resolve("a.nbt"), "模板 a\n继承 b.nbt\n");
        Files.writeString(town.resolve("b.nbt"), "模板 b\n继承 a.nbt\n");
        Files.writeString(town.resolve("self.nbt"), "模板 self\n继承 self.nbt\n");
        for (String reference : List.of("a.nbt", "self.nbt")) {
            Analysis a = analyze(town, reference, "无");
            // Reported where the cycle closes; the template that starts it says its base has an error.
            assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("模板循环继承")),
                    () -> reference + ": " + a.diagnostics());
        }
    }

    @Test
    void aLongChainOfExtendsEndsWithADiagnostic() throws Exception {
        Path town = workspace();
        for (int i = 0; i < 40; i++) {
            Files.writeString(town.resolve("t" + i + ".nbt"), "模板 t" + i + "\n继承 " + (i == 39 ? "national-2021" : "t" + (i + 1) + ".nbt") + "\n");
        }
        Analysis a = analyze(town, "t0.nbt", "无");
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("模板继承层数超过 16 层")),
                () -> a.diagnostics().toString());
    }

    @Test
    void aRuleThatReferencesItselfFinishes() throws Exception {
        Path town = workspace();
        Files.writeString(town.resolve("self-rule.nbt"), """
                模板 self-rule
                继承 national-2021
                章节 applications
                  表 applications
                    规则 local.self 每列：total = total + new
                    规则 local.twice 每列：new = new
                    规则 local.loop 每行：total = total
                """);
        Analysis a = analyze(town, "self-rule.nbt", "无");
        assertTrue(a.report().template().id().equals("self-rule"), () -> a.diagnostics().toString());
    }

    @Test
    void enormousFanOutIsBounded() throws Exception {
        Path town = workspace();
        StringBuilder t = new StringBuilder("模板 wide\n继承 national-2021\n章节 wide 七、宽表\n  表 wide 宽表\n");
        for (int c = 0; c < 200; c++) {
            t.append("    列 c").append(c).append(" 列").append(c).append('\n');
        }
        t.append("    标题行 all 全部\n");
        for (int r = 0; r < 2000; r++) {
            t.append("      行 r").append(r).append(" 行").append(r).append('\n');
        }
        t.append("    行 sum 合计\n");
        t.append("    规则 local.sum 每列：sum = all.*\n");
        StringBuilder terms = new StringBuilder("c0");
        for (int c = 1; c < 199; c++) {
            terms.append(" + c").append(c);
        }
        t.append("    规则 local.row 每行：c199 = ").append(terms).append('\n');
        Files.writeString(town.resolve("wide.nbt"), t.toString());
        StringBuilder prose = new StringBuilder("无\n\n# 七、宽表\n[宽表]\n");
        for (int r = 0; r < 2000; r += 3) {
            prose.append("行").append(r).append(" 1".repeat(200)).append('\n');
        }
        Analysis a = analyze(town, "wide.nbt", prose.toString());
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.id().startsWith("local.")), "the rules were checked");
    }

    /** The wordings (one per reading) national-2021 declares for the applications table. */
    private static final int NATIONAL_FIGURES = TemplateRegistry.builtIn().get("national-2021").tables().stream()
            .filter(t -> t.id().equals("applications")).findFirst().orElseThrow().figures().size();

    @Test
    void aWordingDesignedForBacktrackingIsBounded() throws Exception {
        Path town = workspace();
        Files.writeString(town.resolve("slow.nbt"), """
                模板 slow
                继承 national-2021
                章节 applications
                  表 applications
                    说法 new@total %s{数}件
                    说法 new@total %s{数}
                    说法 new@total …申…申…申…申{数}
                    说法 new@total 申……申{数}
                """.formatted("…".repeat(60), "…申".repeat(40)));
        // The wordings are only tried when the table holds numbers.
        String text = "申".repeat(3000) + "这是一段很长很长的文字".repeat(300)
                + "\n\n# 三、收到和处理政府信息公开申请情况\n[申请处理]  总计\n本年新收  5\n";
        Analysis a = analyze(town, "slow.nbt", text);
        assertTrue(a.report().template().id().equals("slow"), () -> a.diagnostics().toString());
        // The wording of 40 gaps is refused; 60 dots in a row are one gap; four gaps are allowed.
        assertEquals(1, a.diagnostics().stream().filter(d -> d.id().equals("template.phrase")).count(),
                () -> a.diagnostics().toString());
        assertEquals(3, a.report().template().tables().stream().filter(t -> t.id().equals("applications")).findFirst().orElseThrow().figures().size() - NATIONAL_FIGURES);
    }

    /** Found at 10,000 cases (seed 4533791809177971548): a level written twice threw from Set.of. */
    @Test
    void aLevelWrittenTwiceIsRead() throws Exception {
        Path town = workspace();
        Files.writeString(town.resolve("levels.nbt"), """
                模板 levels
                继承 national-2021
                章节 proactive
                  表 art20-1
                    应为零 local.twice 层级=乡镇,县级部门,县级部门 rules
                """);
        Analysis a = analyze(town, "levels.nbt", "无");
        assertEquals("levels", a.report().template().id(), () -> a.diagnostics().toString());
    }
}
