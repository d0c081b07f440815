package nianbao.core.features;

import nianbao.syntax.Range;

/**
 * What a hover shows.
 *
 * @param markdown the text, in Chinese, as Markdown
 * @param range    the name or number it is about
 */
public record HoverInfo(String markdown, Range range) {
}
