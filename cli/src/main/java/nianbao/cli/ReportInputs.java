package nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The reports named on the command line: files as given, directories searched for {@code *.nianbao}. */
final class ReportInputs {

    static final String EXTENSION = ".nianbao";

    /**
     * One report to process.
     *
     * @param file     the path as the clerk will see it in messages
     * @param searched the directory argument it was found under, or null when named directly
     */
    record Input(Path file, @Nullable Path searched) {
    }

    /** What the arguments name, in argument order, each file once; problems go to {@code problems}. */
    static List<Input> expand(List<Path> arguments, List<InputProblem> problems) {
        return expand(arguments, problems, false);
    }

    /** As {@link #expand(List, List)}; with {@code templatesToo}, directories give their template files (.nbt) too. */
    static List<Input> expand(List<Path> arguments, List<InputProblem> problems, boolean templatesToo) {
        List<Input> inputs = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found;
                try {
                    found = reportsUnder(argument, templatesToo);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new InputProblem("无法读取目录 " + argument + "：" + FileErrors.reason(e)));
                    continue;
                }
                if (found.isEmpty()) {
                    problems.add(new InputProblem("目录 " + argument + " 里没有 " + EXTENSION + " 文件。"));
                }
                for (Path file : found) {
                    if (seen.add(file.toAbsolutePath().normalize())) {
                        inputs.add(new Input(file, argument));
                    }
                }
            } else if (Files.exists(argument)) {
                if (seen.add(argument.toAbsolutePath().normalize())) {
                    inputs.add(new Input(argument, null));
                }
            } else {
                problems.add(new InputProblem("找不到文件：" + argument));
            }
        }
        return inputs;
    }

    /** Whether a file is a template (checked as one), not a report. */
    static boolean isTemplate(Path file) {
        return file.getFileName().toString().endsWith(TEMPLATE_EXTENSION);
    }

    static final String TEMPLATE_EXTENSION = ".nbt";

    private static List<Path> reportsUnder(Path directory, boolean templatesToo) throws IOException {
        List<Path> found = new ArrayList<>();
        // A visitor rather than Files.walk with lambdas: check starts faster without them.
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if ((name.endsWith(EXTENSION) || (templatesToo && isTemplate(file))) && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        return found;
    }

    private ReportInputs() {
    }
}
