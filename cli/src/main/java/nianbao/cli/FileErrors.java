package nianbao.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Objects;

/** Turns the JDK's I/O exceptions into a short Chinese reason. */
final class FileErrors {

    private FileErrors() {
    }

    static String reason(Exception e) {
        // An UncheckedIOException always has its cause (its constructors require one).
        Throwable cause = e instanceof UncheckedIOException u ? Objects.requireNonNull(u.getCause(), "cause") : e;
        if (cause instanceof NoSuchFileException) {
            return "文件或目录不存在。";
        }
        if (cause instanceof AccessDeniedException) {
            return "没有访问权限。";
        }
        if (cause instanceof NotDirectoryException) {
            return "路径中有一段不是目录。";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + "。";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage() + "。";
    }
}
