package nianbao.syntax;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The syntax tree of a report file, grouped by layout: header fields, then sections, each a
 * heading followed by blocks (prose lines, sub-headings, tables). Everything a broken file
 * still contains is kept; {@link #problems()} lists what did not parse.
 *
 * @param header    the {@code 键：值} lines before the first section heading
 * @param preamble  other blocks before the first section heading (not allowed, but kept)
 * @param sections  every {@code #} heading with the blocks under it, in file order
 * @param comments  every comment line or trailing comment, in file order
 */
public record ReportSyntax(
        SourceText source,
        List<HeaderField> header,
        List<Block> preamble,
        List<Section> sections,
        List<Word> comments,
        List<SyntaxProblem> problems) {

    /** A {@code 键：值} line of the header. */
    public record HeaderField(Word key, Word value, Range range) {
    }

    /** A {@code #} heading and everything up to the next one. */
    public record Section(Word heading, Range headingRange, List<Block> blocks, Range range) {
    }

    /** What a section holds. */
    public sealed interface Block permits ProseLine, SubHeading, Table {
        Range range();
    }

    /** One line of prose: a paragraph, or a numbered point or run-in heading by its own prefix. */
    public record ProseLine(Word text, Range range) implements Block {
    }

    /** A heading marked {@code ##} (level 2) or deeper inside a section. */
    public record SubHeading(int level, Word text, Range range) implements Block {
    }

    /**
     * A table block: {@code [名称] 列名…} followed by rows, up to a blank line or a heading.
     *
     * @param name    the table name, or null when the head is broken
     * @param columns the column names on the head line, if any
     */
    public record Table(@Nullable Word name, List<Word> columns, List<Row> rows, Range headRange, Range range)
            implements Block {
    }

    /** A row: its label (the first cell) and the remaining cells, as written. */
    public record Row(Word label, List<Word> cells, Range range) {
    }
}
