package nianbao.syntax;

/**
 * A place in a document: zero-based line and zero-based character offset in UTF-16 code units,
 * as the Language Server Protocol counts them. Every range in the project is in this unit.
 */
public record Position(int line, int character) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }

    @Override
    public String toString() {
        return (line + 1) + ":" + (character + 1);
    }
}
