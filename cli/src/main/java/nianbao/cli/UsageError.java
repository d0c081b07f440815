package nianbao.cli;

import java.util.Objects;

/**
 * Arguments that parsed but make no sense (such as {@code --format xml}), with a Chinese message.
 * It ends the run with exit status 2 and a pointer to the command's {@code --help}.
 */
final class UsageError extends Exception {

    UsageError(String message) {
        super(message, null, false, false);
    }

    /** Never null: every usage error is made with its message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "a usage error has its message");
    }
}
