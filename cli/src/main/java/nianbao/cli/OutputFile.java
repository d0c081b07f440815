package nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's output file, creating its folder; a failure is an {@link InputProblem}. */
final class OutputFile {

    private OutputFile() {
    }

    static void write(Path target, String text) throws InputProblem {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, byte[] bytes) throws InputProblem {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new InputProblem("无法写入 " + target + "：" + FileErrors.reason(e));
        }
    }
}
