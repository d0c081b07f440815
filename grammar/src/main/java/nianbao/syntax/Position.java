package nianbao.syntax;

/**
 * A place in a document: zero-based line and zero-based character offset in UTF-16 code units,
 * as the Language Server Protocol counts them. Every range in the project is in this unit.
 *
 * <p>{@code equals} and {@code hashCode} are written out, as in {@link Range} (why: there).
 */
public record Position(int line, int character) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && line == p.line && character == p.character;
    }

    @Override
    public int hashCode() {
        return 31 * line + character;
    }

    @Override
    public String toString() {
        return (line + 1) + ":" + (character + 1);
    }
}
