package nianbao.core.features;

/** A foldable run of whole lines, {@code startLine} staying visible when folded. */
public record Fold(int startLine, int endLine, Kind kind) {

    public enum Kind { REGION, COMMENT }
}
