package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageErrorsTest {

    private static final List<String> COMMANDS = List.of("check", "compile", "init", "sum", "diff", "review", "import", "lsp");

    @Test
    void oneTypoFindsTheCommand() {
        assertEquals(List.of("check"), UsageErrors.nearest("chekc", COMMANDS));
        assertEquals(List.of("import"), UsageErrors.nearest("inport", COMMANDS));
    }

    @Test
    void aBeginningFindsEveryCommandItBegins() {
        assertEquals(List.of("compile"), UsageErrors.nearest("comp", COMMANDS));
        assertEquals(List.of("--show-blanks", "--show-dismissed"),
                UsageErrors.nearest("--show", List.of("--format", "--show-blanks", "--show-dismissed")));
        assertEquals(List.of("lsp"), UsageErrors.nearest("ls", COMMANDS));
    }

    @Test
    void farWordsAreNotSuggested() {
        assertEquals(List.of(), UsageErrors.nearest("publish", COMMANDS));
        // Short words must be one edit away: "sux" is near "sum", "sxx" is not.
        assertEquals(List.of("sum"), UsageErrors.nearest("sux", COMMANDS));
        assertEquals(List.of(), UsageErrors.nearest("sxx", COMMANDS));
    }

    @Test
    void theMessageCarriesTheSuggestion() {
        assertEquals("不认识的命令：chek。是不是想写：check？", UsageErrors.unknown("命令", "chek", COMMANDS));
        assertEquals("不认识的命令：publish。", UsageErrors.unknown("命令", "publish", COMMANDS));
    }
}
