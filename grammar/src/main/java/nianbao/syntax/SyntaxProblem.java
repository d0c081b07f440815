package nianbao.syntax;

/** A syntax error found while parsing, with a message for the clerk (in Chinese). */
public record SyntaxProblem(Range range, String message) {
}
