package nianbao.importer;

/**
 * The stable id of each kind of {@link ImportProblem}, listed in docs/import.md. Tests and
 * tools match these ids, never the Chinese message, which may be reworded.
 */
public enum ProblemId {
    // The file as a whole.
    FILE_UNREADABLE("import.file-unreadable"),
    FILE_EMPTY("import.file-empty"),
    UNSUPPORTED_FILE("import.unsupported-file"),
    OLD_WORD_FILE("import.old-word-file"),
    NOT_TEXT("import.not-text"),
    ENCODING_GBK("import.encoding-gbk"),
    PDF_NO_TEXT("import.pdf-no-text"),
    PDF_ENCRYPTED("import.pdf-encrypted"),
    PDF_DAMAGED("import.pdf-damaged"),
    NOT_A_REPORT("import.not-a-report"),
    INTERNAL_ERROR("import.internal-error"),
    FORMAT_DETECTED("import.format-detected"),
    YEAR_FORMAT_MISMATCH("import.year-format-mismatch"),
    // Word files.
    NESTED_TABLE_LOST("import.nested-table-lost"),
    NESTED_TABLE_EMPTY("import.nested-table-empty"),
    // Header facts and sections.
    TITLE_MISSING("import.title-missing"),
    YEAR_MISSING("import.year-missing"),
    AGENCY_FROM_TITLE("import.agency-from-title"),
    AGENCY_FROM_PAGE("import.agency-from-page"),
    AGENCY_NOT_FOUND("import.agency-not-found"),
    PAGE_FURNITURE("import.page-furniture"),
    BYLINE_READ("import.byline-read"),
    BEFORE_TITLE("import.before-title"),
    TEXT_MOVED("import.text-moved"),
    TEXT_OUTSIDE_SECTIONS("import.text-outside-sections"),
    HEADING_RENAMED("import.heading-renamed"),
    MARKUP_ESCAPED("import.markup-escaped"),
    SECTION_MISSING("import.section-missing"),
    SECTION_HEADING_MISSING("import.section-heading-missing"),
    // Tables.
    TABLE_UNKNOWN("import.table-unknown"),
    TABLE_LOST("import.table-lost"),
    ROW_MISSING("import.row-missing"),
    COLUMN_MISSING("import.column-missing"),
    HEADER_UNKNOWN("import.header-unknown"),
    HEADER_REPEATED("import.header-repeated"),
    HEADER_MISSING("import.header-missing"),
    LABEL_GUESSED("import.label-guessed"),
    ROW_UNKNOWN("import.row-unknown"),
    ROW_UNLABELLED("import.row-unlabelled"),
    ROW_UNREADABLE("import.row-unreadable"),
    HEADING_ROW_VALUES("import.heading-row-values"),
    ROW_SHORT("import.row-short"),
    EXTRA_CELLS("import.extra-cells"),
    CELL_UNPLACED("import.cell-unplaced"),
    CELL_REPEATED("import.cell-repeated"),
    VALUE_NOT_A_NUMBER("import.value-not-a-number"),
    BLANK_CELLS("import.blank-cells");

    private final String id;

    ProblemId(String id) {
        this.id = id;
    }

    /** The id as written in docs and tests, {@code import.table-lost}. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
