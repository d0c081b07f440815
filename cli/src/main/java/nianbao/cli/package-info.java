/** Null-checked by NullAway: a value that may be null is marked @Nullable (CONTRIBUTING.md). */
@NullMarked
package nianbao.cli;

import org.jspecify.annotations.NullMarked;
