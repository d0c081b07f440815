package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.grammar.ReportLexer;
import nianbao.grammar.TemplateLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class FoldedCharStreamTest {

    /** Characters the report grammar names beyond ASCII, and some it does not (one outside the BMP). */
    private static final String ODD = "【表】\u3000x\u00A0y\uFEFF 𠀾 é ＃ ［ 】\n[a]  b\u3000c\n// 注释\n#  标题 𠀾\n";

    @Test
    void theReportLexerGivesTheSameTokensWithAndWithoutFolding() throws Exception {
        String example = Files.readString(Path.of("..", "examples", "guanghua-2021.nianbao"));
        for (String text : List.of(example, ODD, example + ODD, ODD + example)) {
            assertEquals(tokens(text, false, true), tokens(text, true, true));
        }
    }

    @Test
    void theTemplateLexerGivesTheSameTokensWithAndWithoutFolding() throws Exception {
        String template = Files.readString(Path.of("..", "core", "src", "main", "resources", "nianbao", "templates",
                "national-2021.nbt"));
        for (String text : List.of(template, ODD, template + ODD)) {
            assertEquals(tokens(text, false, false), tokens(text, true, false));
        }
    }

    @Test
    void onlyCharactersTheGrammarNeverNamesAreFolded() {
        FoldedCharStream.Folding folding = new FoldedCharStream.Folding(ReportLexer._ATN);
        assertEquals(folding.fold('中'), folding.fold("𠀾".codePointAt(0)));
        assertEquals('【', folding.fold('【'));
        assertEquals('\u3000', folding.fold('\u3000'));
        assertEquals('#', folding.fold('#'));
        assertNotEquals('【', folding.fold('中'));
    }

    /** Type, channel, start, stop and text of every token. */
    private static List<String> tokens(String text, boolean folded, boolean report) {
        CharStream chars = CharStreams.fromString(text);
        if (folded) {
            chars = new FoldedCharStream(chars, new FoldedCharStream.Folding(report ? ReportLexer._ATN : TemplateLexer._ATN));
        }
        Lexer lexer = report ? new ReportLexer(chars) : new TemplateLexer(chars);
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<String> out = new ArrayList<>();
        for (Token t : stream.getTokens()) {
            out.add(t.getType() + "/" + t.getChannel() + "/" + t.getStartIndex() + "-" + t.getStopIndex() + ":" + t.getText());
        }
        return out;
    }
}
