package nianbao.core.features;

import nianbao.syntax.Position;

/**
 * A short text shown in the line, such as {@code 应为 7} after a cell a rule blames.
 *
 * @param position where it stands: just after the cell it is about
 * @param tooltip  which rule computed it
 */
public record InlayHint(Position position, String label, String tooltip) {
}
