package nianbao.core.features;

import nianbao.syntax.Range;

/**
 * A place to highlight with the one under the caret.
 *
 * @param kind {@link Kind#WRITE} for the cell under the caret, {@link Kind#READ} for the other
 *             cells of its rules, {@link Kind#TEXT} for the cells of a row or column
 */
public record Highlight(Range range, Kind kind) {

    /** As LSP's DocumentHighlightKind. */
    public enum Kind {
        TEXT,
        READ,
        WRITE
    }
}
