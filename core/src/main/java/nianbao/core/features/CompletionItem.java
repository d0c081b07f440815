package nianbao.core.features;

import nianbao.syntax.Range;

/**
 * One completion candidate.
 *
 * @param label      what the list shows: the official label of a row, column, section or table
 * @param detail     a short second line (the group a row belongs to, a column's unit)
 * @param insertText what replaces {@code range}: the name the clerk would type; LSP snippet
 *                   syntax when {@code isSnippet}
 * @param filterText every spelling the typed text is matched against: the Chinese names, the
 *                   aliases, and their pinyin (full and initials), separated by spaces
 * @param sortText   keeps template order
 * @param range      the text the item replaces (the word being typed), on the caret's line
 *                   except for the whole-report snippet
 * @param retrigger  whether the editor should complete again once the item is accepted (a group
 *                   of rows: its rows are offered next)
 */
public record CompletionItem(String label, String detail, String insertText, String filterText, Kind kind,
        String sortText, boolean isSnippet, Range range, boolean retrigger) {

    public CompletionItem(String label, String detail, String insertText, String filterText, Kind kind,
            String sortText, boolean isSnippet, Range range) {
        this(label, detail, insertText, filterText, kind, sortText, isSnippet, range, false);
    }

    /** What a candidate is, so that an editor can show an icon. */
    public enum Kind { ROW, ROW_GROUP, COLUMN, SECTION, TABLE, TEMPLATE, FIELD, SNIPPET }
}
