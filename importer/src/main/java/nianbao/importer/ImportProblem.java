package nianbao.importer;

/**
 * Something the importer could not carry over faithfully, with where it stands in the source.
 *
 * @param severity how much it matters: a lost table is an {@link Severity#ERROR}
 * @param message  the message for the clerk, in Chinese
 */
public record ImportProblem(Severity severity, SourcePosition at, String message) {

    public enum Severity {
        /** Something was lost: a table, a row, a value that could not be read. */
        ERROR,
        /** Carried over, but not as published: a guessed name, a moved paragraph. */
        WARNING,
        /** For the record: blank cells written as {@code -}, the format detected. */
        NOTE
    }

    /** {@code 位置: 消息}, or the message alone when there is no position. */
    public String describe() {
        return at.where().isEmpty() ? message : at.where() + ": " + message;
    }
}
