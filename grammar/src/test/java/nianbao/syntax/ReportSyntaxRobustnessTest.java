package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser never throws, and every word of the tree covers exactly its text, on the example
 * damaged in many ways: characters that start lines, brackets, line breaks, a BOM and a
 * character outside the BMP inserted or deleted at random places (fixed seed, so every run
 * tries the same texts).
 */
class ReportSyntaxRobustnessTest {

    private static final String ALPHABET = "#[]【】/ \t\n\r:：-0１.其余𠀾（）、\uFEFF\u3000x";

    @Test
    void damagedExamplesParseAndEveryWordSlicesToItsText() throws IOException {
        String example = Files.readString(Path.of("..", "examples", "guanghua-2021.nianbao"));
        int[] alphabet = ALPHABET.codePoints().toArray();
        Random random = new Random(20211231L);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder(example);
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> sb.insert(at, Character.toChars(alphabet[random.nextInt(alphabet.length)]));
                    case 1 -> sb.delete(at, Math.min(sb.length(), at + 1));
                    default -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(200)));
                }
            }
            String text = sb.toString();
            ReportSyntax syntax = ReportSyntaxParser.parse(text);
            for (Word w : words(syntax)) {
                assertTrue(w.range().start().compareTo(w.range().end()) <= 0, () -> w + " in\n" + text);
                assertEquals(w.text(), syntax.source().slice(w.range()), () -> w + " in\n" + text);
            }
            for (SyntaxProblem p : syntax.problems()) {
                assertTrue(p.range().start().compareTo(p.range().end()) <= 0, () -> p + " in\n" + text);
            }
        }
    }

    private static List<Word> words(ReportSyntax s) {
        List<Word> words = new ArrayList<>(s.comments());
        for (ReportSyntax.HeaderField h : s.header()) {
            words.add(h.key());
            words.add(h.value());
        }
        List<ReportSyntax.Block> blocks = new ArrayList<>(s.preamble());
        for (ReportSyntax.Section section : s.sections()) {
            words.add(section.heading());
            blocks.addAll(section.blocks());
        }
        for (ReportSyntax.Block b : blocks) {
            if (b instanceof ReportSyntax.ProseLine p) {
                words.add(p.text());
            } else if (b instanceof ReportSyntax.SubHeading h) {
                words.add(h.text());
            } else if (b instanceof ReportSyntax.Table t) {
                if (t.name() != null) {
                    words.add(t.name());
                }
                words.addAll(t.columns());
                for (ReportSyntax.Row r : t.rows()) {
                    words.add(r.label());
                    words.addAll(r.cells());
                }
            }
        }
        return words;
    }
}
