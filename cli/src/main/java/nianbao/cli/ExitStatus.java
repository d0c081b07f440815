package nianbao.cli;

/** The exit statuses of {@code nianbao}, as scripts and CI read them. */
final class ExitStatus {

    /** Nothing wrong (warnings and notes allowed, unless asked otherwise). */
    static final int OK = 0;
    /** A report has errors (or warnings, with {@code --warnings-as-errors}); compile wrote nothing for it. */
    static final int FINDINGS = 1;
    /** The command was used wrongly, or a file could not be read or written. */
    static final int TROUBLE = 2;
    /** A bug in nianbao. */
    static final int BUG = 3;

    private ExitStatus() {
    }
}
