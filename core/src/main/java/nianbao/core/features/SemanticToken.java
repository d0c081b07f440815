package nianbao.core.features;

/** A coloured span on one line, in UTF-16 code units. */
public record SemanticToken(int line, int startChar, int length, Type type) {

    /**
     * What a span is. Each maps to a standard LSP token type, so that every editor's theme colours
     * a report without configuration; {@link SemanticTokens#LEGEND} lists them in ordinal order.
     */
    public enum Type {
        HEADING("namespace"),
        SUBHEADING("type"),
        POINT_ORDINAL("enumMember"),
        TABLE_NAME("class"),
        COLUMN_NAME("property"),
        ROW_LABEL("variable"),
        NUMBER("number"),
        BLANK_CELL("operator"),
        HEADER_KEY("keyword"),
        HEADER_VALUE("string"),
        COMMENT("comment");

        private final String lspName;

        Type(String lspName) {
            this.lspName = lspName;
        }

        /** The standard LSP semantic token type this is reported as. */
        public String lspName() {
            return lspName;
        }
    }
}
