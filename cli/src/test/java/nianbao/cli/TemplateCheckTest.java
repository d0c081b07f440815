package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nianbao check on template files: their own problems, at their own lines. */
class TemplateCheckTest {

    @TempDir
    Path dir;

    @Test
    void aCleanTemplateAndABrokenOne() throws Exception {
        Path examples = Fixtures.example().getParent();
        Files.copy(examples.resolve("qingshan-county.nbt"), dir.resolve("county.nbt"));
        Cli.Run clean = Cli.run(dir, "check", "county.nbt");
        assertEquals(0, clean.exit(), clean.toString());

        Files.writeString(dir.resolve("broken.nbt"), "模板 broken\n继承 national-2021\n章节 local 七、专栏\n  表 t 专栏\n    行 a 甲\n"
                + "    规则 r 每列：a = nothing\n  表格 x y\n");
        Cli.Run broken = Cli.run(dir, "check", ".");
        assertEquals(1, broken.exit(), broken.toString());
        assertTrue(broken.out().contains("broken.nbt:6:"), broken.out());
        assertTrue(broken.out().contains("[template.unknown-ref]"), broken.out());
        assertTrue(broken.out().contains("broken.nbt:7:3: error: 模板中无法识别的关键字：表格 [template.unknown-keyword]"), broken.out());
        broken.assertNoStackTrace();
    }

    @Test
    void aBaseThatCannotBeFoundIsReportedOnTheExtendLine() throws Exception {
        Files.writeString(dir.resolve("orphan.nbt"), "模板 orphan\n继承 ../elsewhere/base.nbt\n章节 a 一、甲 正文\n");
        Cli.Run run = Cli.run(dir, "check", "orphan.nbt");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("orphan.nbt:2:4: error: 找不到被继承的模板“../elsewhere/base.nbt” [template.base-unknown]"), run.out());
    }
}
