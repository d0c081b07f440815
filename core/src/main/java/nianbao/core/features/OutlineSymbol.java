package nianbao.core.features;

import java.util.List;
import nianbao.syntax.Range;

/**
 * An entry of the outline.
 *
 * @param detail         the official label when the text names it otherwise, else ""
 * @param range          the whole entry (a section to its last line, a table to its last row)
 * @param selectionRange the name within it
 */
public record OutlineSymbol(String name, String detail, Kind kind, Range range, Range selectionRange,
        List<OutlineSymbol> children) {

    public enum Kind { FIELD, SECTION, TABLE, ROW, COLUMN, RULE }
}
