package nianbao.syntax;

/** A piece of source text (a name, a cell, a line of prose) with the range it occupies. */
public record Word(String text, Range range) {
}
