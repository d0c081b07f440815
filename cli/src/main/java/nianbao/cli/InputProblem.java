package nianbao.cli;

/**
 * A file the command could not read or write, with a message for the clerk that names it.
 * It ends the run with exit status 2, never with a stack trace.
 */
final class InputProblem extends Exception {

    InputProblem(String message) {
        super(message, null, false, false);
    }
}
