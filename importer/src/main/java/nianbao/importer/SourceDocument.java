package nianbao.importer;

import java.util.List;

/**
 * What the readers make of a published report, whatever its file format: the body as a
 * sequence of text lines and tables, in reading order, and the page furniture around it (a web
 * page's metadata box and byline). The readers know nothing of reports;
 * {@link ReportMapper} finds sections, prose and table values in it.
 */
public record SourceDocument(List<Block> blocks, List<PageFurniture.Field> furniture) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        furniture = List.copyOf(furniture);
    }

    /** A document as a reader makes it; {@link PageFurniture#separate} takes the furniture out. */
    public SourceDocument(List<Block> blocks) {
        this(blocks, List.of());
    }

    /** A piece of the body. */
    public sealed interface Block permits Line, Table {
        SourcePosition at();
    }

    /**
     * One line of text: a paragraph, a line of a paragraph broken by hand, or a heading.
     *
     * @param heading true when the file marks the line as a heading (a Word heading style or
     *                outline level, an HTML {@code <h1>}…{@code <h6>}); extracted text cannot
     */
    public record Line(String text, boolean heading, SourcePosition at) implements Block {

        public Line(String text, SourcePosition at) {
            this(text, false, at);
        }
    }

    /**
     * A table as a grid. Each row lists the cells that start in it, left to right; a cell
     * merged down from the row above appears again as a {@link Cell#continued} placeholder,
     * so that a row keeps its shape, while a cell merged across appears once with its span.
     * Extracted text does not record spans: there every cell has span 1.
     */
    public record Table(List<List<Cell>> rows, SourcePosition at) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table cell.
     *
     * @param text      the cell's text, lines joined by '\n'
     * @param rowSpan   rows the cell covers (1 when unknown)
     * @param colSpan   grid columns the cell covers (1 when unknown)
     * @param continued true for the placeholder of a cell merged down from an earlier row
     */
    public record Cell(String text, int rowSpan, int colSpan, boolean continued, SourcePosition at) {

        public static Cell of(String text, SourcePosition at) {
            return new Cell(text, 1, 1, false, at);
        }

        public boolean isBlank() {
            return text.strip().replace("\u00A0", "").replace("\u3000", "").isBlank();
        }
    }
}
