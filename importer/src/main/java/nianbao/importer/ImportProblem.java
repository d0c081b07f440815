package nianbao.importer;

/**
 * Something the importer could not carry over faithfully, with where it stands in the source.
 *
 * @param kind     what kind of problem it is; its {@link ProblemId#id() id} is stable
 * @param severity how much it matters: a lost table is an {@link Severity#ERROR}
 * @param message  the message for the clerk, in Chinese
 */
public record ImportProblem(ProblemId kind, Severity severity, SourcePosition at, String message) {

    public enum Severity {
        /** Something was lost: a table, a row, a value that could not be read. */
        ERROR,
        /** Carried over, but not as published: a guessed name, a moved paragraph. */
        WARNING,
        /** For the record: blank cells written as {@code -}, the format detected. */
        NOTE
    }

    public static ImportProblem error(ProblemId kind, SourcePosition at, String message) {
        return new ImportProblem(kind, Severity.ERROR, at, message);
    }

    public static ImportProblem warning(ProblemId kind, SourcePosition at, String message) {
        return new ImportProblem(kind, Severity.WARNING, at, message);
    }

    public static ImportProblem note(ProblemId kind, SourcePosition at, String message) {
        return new ImportProblem(kind, Severity.NOTE, at, message);
    }

    /** The stable id, {@code import.table-lost}. */
    public String id() {
        return kind.id();
    }

    /** {@code 位置: 消息}, or the message alone when there is no position. */
    public String describe() {
        return at.where().isEmpty() ? message : at.where() + ": " + message;
    }
}
