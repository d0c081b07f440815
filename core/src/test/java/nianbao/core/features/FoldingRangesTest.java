package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.core.Analyzer;
import org.junit.jupiter.api.Test;

class FoldingRangesTest {

    record Given(String text) {
        List<Fold> folds() {
            return FoldingRanges.of(new Analyzer().analyze(text));
        }

        /** The fold starting on the line that starts with a prefix. */
        Fold at(String linePrefix) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(linePrefix)) {
                    int line = i;
                    return folds().stream().filter(f -> f.startLine() == line).findFirst()
                            .orElseThrow(() -> new AssertionError("no fold at " + linePrefix + ": " + folds()));
                }
            }
            throw new AssertionError("no line " + linePrefix);
        }

        int line(String prefix) {
            return text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    static Given given(String text) {
        return new Given(text);
    }

    @Test
    void theExampleFoldsSectionsTablesSubHeadingsAndComments() {
        Given g = given(Marked.example());
        assertEquals(new Fold(0, 1, Fold.Kind.COMMENT), g.folds().get(0));
        assertEquals(new Fold(g.line("# 三、"), g.line("结转下年度"), Fold.Kind.REGION), g.at("# 三、"));
        assertEquals(new Fold(g.line("[申请处理]"), g.line("结转下年度"), Fold.Kind.REGION), g.at("[申请处理]"));
        assertEquals(new Fold(g.line("## （一）存在问题"), g.line("4、信息公开工作效率"), Fold.Kind.REGION),
                g.at("## （一）存在问题"));
        assertEquals(new Fold(g.line("# 六、"), g.line("# 六、") + 1, Fold.Kind.REGION), g.at("# 六、"));
        assertEquals(6 + 6 + 6, g.folds().stream().filter(f -> f.kind() == Fold.Kind.REGION).count());
    }

    @Test
    void aBrokenFileStillFolds() {
        String text = "// a\n// b\n# 三\n[申请处理 自然人\n本年新收 1 2\n上年结转 3\n\n# \n正文\n[x]\n1 2\n";
        Given g = given(text);
        assertTrue(g.folds().contains(new Fold(0, 1, Fold.Kind.COMMENT)), g.folds().toString());
        assertTrue(g.folds().contains(new Fold(2, 5, Fold.Kind.REGION)), g.folds().toString());
        assertTrue(g.folds().contains(new Fold(7, 10, Fold.Kind.REGION)), g.folds().toString());
        assertTrue(g.folds().contains(new Fold(9, 10, Fold.Kind.REGION)), g.folds().toString());
    }

    @Test
    void linesWithCharactersOutsideTheBmpFoldLikeOthers() {
        String text = "// 𠀾\n// 𠀾𠀾\n# 三\n[申请处理] 𠀾\n𠀾 1\n";
        assertEquals(List.of(new Fold(0, 1, Fold.Kind.COMMENT), new Fold(2, 4, Fold.Kind.REGION),
                new Fold(3, 4, Fold.Kind.REGION)), given(text).folds());
    }

    @Test
    void crlfFoldsLikeLf() {
        assertEquals(given(Marked.example()).folds(), given(Marked.crlf(Marked.example())).folds());
    }
}
