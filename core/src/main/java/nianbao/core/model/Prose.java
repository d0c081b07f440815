package nianbao.core.model;

import nianbao.syntax.Range;
import nianbao.syntax.Word;

/**
 * A piece of a section's prose, with the structure its first characters give it.
 *
 * @param ordinal the ordinal prefix as written ({@code （一）}, {@code 1、}), or "" for none
 * @param text    the whole line as written, ordinal included
 */
public record Prose(Kind kind, int level, String ordinal, Word text, Range range) implements Content {

    public enum Kind {
        /** A paragraph of running text. */
        PARAGRAPH,
        /** A sub-heading: {@code ## …}, or a line that is only {@code （一）…} without a full stop. */
        SUBHEADING,
        /** A numbered point: {@code 1、…}. */
        POINT
    }
}
