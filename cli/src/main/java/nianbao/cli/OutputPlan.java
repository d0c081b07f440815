package nianbao.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code compile} writes each report: beside it; into a directory ({@code -o DIR}, keeping
 * the sub-directories of a searched directory); or into one file ({@code -o FILE}, one report
 * named directly). Two reports never share an output and no report is overwritten.
 */
final class OutputPlan {

    private OutputPlan() {
    }

    /**
     * @param output    the {@code -o} argument as typed, or null
     * @param extension {@code .json} or {@code .html}
     * @throws IllegalArgumentException with a Chinese message when the plan cannot work
     */
    static Map<ReportInputs.Input, Path> of(List<ReportInputs.Input> inputs, int arguments, String output, String extension) {
        Map<ReportInputs.Input, Path> targets = new LinkedHashMap<>();
        if (output == null) {
            for (ReportInputs.Input input : inputs) {
                targets.put(input, input.file().resolveSibling(baseName(input.file()) + extension));
            }
        } else {
            Path out = Path.of(output);
            boolean typedAsDirectory = output.endsWith("/") || output.endsWith(File.separator);
            boolean oneNamedFile = arguments == 1 && inputs.size() == 1 && inputs.get(0).searched() == null;
            if (oneNamedFile && !typedAsDirectory && !Files.isDirectory(out)) {
                targets.put(inputs.get(0), out);
            } else {
                if (Files.exists(out) && !Files.isDirectory(out)) {
                    throw new IllegalArgumentException("-o " + output + " 是一个文件；编译多个报告时 -o 要给一个目录。");
                }
                for (ReportInputs.Input input : inputs) {
                    Path sub = input.searched() == null ? null : input.searched().relativize(input.file()).getParent();
                    Path directory = sub == null ? out : out.resolve(sub);
                    targets.put(input, directory.resolve(baseName(input.file()) + extension));
                }
            }
        }
        checkDistinct(targets);
        return targets;
    }

    private static void checkDistinct(Map<ReportInputs.Input, Path> targets) {
        Set<Path> reports = new HashSet<>();
        targets.keySet().forEach(input -> reports.add(input.file().toAbsolutePath().normalize()));
        Map<Path, Path> writers = new HashMap<>();
        for (var entry : targets.entrySet()) {
            Path report = entry.getKey().file();
            Path target = entry.getValue().toAbsolutePath().normalize();
            if (reports.contains(target)) {
                throw new IllegalArgumentException(report + " 的结果会覆盖报告文件 " + entry.getValue() + "，已停止。");
            }
            Path other = writers.putIfAbsent(target, report);
            if (other != null) {
                throw new IllegalArgumentException(other + " 和 " + report + " 会写到同一个文件 " + entry.getValue() + "，已停止。");
            }
        }
    }

    /** The file name without {@code .nianbao} (or whatever extension it has). */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
