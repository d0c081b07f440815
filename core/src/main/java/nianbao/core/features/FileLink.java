package nianbao.core.features;

import java.nio.file.Path;
import nianbao.syntax.Range;

/**
 * A header value that names a file the checker read: a click opens it.
 *
 * @param range   the value as written
 * @param file    the file, resolved as the checker resolved it
 * @param tooltip what the file is, for the clerk
 */
public record FileLink(Range range, Path file, String tooltip) {
}
