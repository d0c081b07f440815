package nianbao.syntax;

/** A half-open span [start, end) of a document, in {@link Position} units. */
public record Range(Position start, Position end) {

    public static Range of(int startLine, int startChar, int endLine, int endChar) {
        return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
    }

    public static Range covering(Range first, Range last) {
        return new Range(first.start(), last.end());
    }

    public boolean contains(Position p) {
        return start.compareTo(p) <= 0 && p.compareTo(end) <= 0;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
