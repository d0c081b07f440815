package nianbao.importer;

/**
 * The stable id of each kind of {@link ImportProblem}, listed in docs/import.md. Tests and
 * tools match these ids, never the Chinese message, which may be reworded.
 */
public enum ProblemId {
    // The file as a whole.
    FILE_UNREADABLE("import.file-unreadable", true),
    FILE_EMPTY("import.file-empty", true),
    UNSUPPORTED_FILE("import.unsupported-file", true),
    OLD_WORD_FILE("import.old-word-file", true),
    NOT_TEXT("import.not-text", true),
    ENCODING_GBK("import.encoding-gbk"),
    PDF_NO_TEXT("import.pdf-no-text", true),
    PDF_ENCRYPTED("import.pdf-encrypted", true),
    PDF_DAMAGED("import.pdf-damaged", true),
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
    TITLE_REPEATED("import.title-repeated"),
    TEXT_MOVED("import.text-moved"),
    TEXT_OUTSIDE_SECTIONS("import.text-outside-sections"),
    HEADING_RENAMED("import.heading-renamed"),
    MARKUP_ESCAPED("import.markup-escaped"),
    SECTION_MISSING("import.section-missing"),
    SECTION_HEADING_MISSING("import.section-heading-missing"),
    // Tables.
    TABLE_UNKNOWN("import.table-unknown"),
    TABLE_LOST("import.table-lost"),
    TABLE_RUN_TOGETHER("import.table-run-together"),
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
    private final boolean unreadable;

    ProblemId(String id) {
        this(id, false);
    }

    ProblemId(String id, boolean unreadable) {
        this.id = id;
        this.unreadable = unreadable;
    }

    /** True for the kinds that mean the file itself could not be read (the command exits 2, as for a missing file). */
    public boolean unreadable() {
        return unreadable;
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
