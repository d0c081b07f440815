package nianbao.syntax;

/**
 * A half-open span [start, end) of a document, in {@link Position} units.
 *
 * <p>{@code equals} and {@code hashCode} are written out (with the values the generated ones
 * give): a record's generated methods are bootstrapped through {@code java.lang.runtime.ObjectMethods}
 * on first use, which spins method-handle classes no class data sharing archive holds, about 5 ms of a
 * short {@code nianbao check} (BENCHMARKS.md).
 */
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
    public boolean equals(Object o) {
        return o instanceof Range r && start.equals(r.start) && end.equals(r.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
