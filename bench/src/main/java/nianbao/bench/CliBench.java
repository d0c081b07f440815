package nianbao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The command line as a whole process: {@code nianbao check} of the example against a
 * Hello-World jar started with the same JVM flags (the floor no Java program goes below), and
 * {@code nianbao check} of 1,000 varied reports in one run. With {@code --parse-only}, a second
 * floor: a jar that only reads and parses the example ({@link ParseOnly}), with a class data
 * sharing archive of its own when the CLI has one. With {@code --phases}, the phases of one check
 * in a fresh JVM ({@link ColdPhases}, from the given jar, with an archive of its own likewise).
 *
 * <p>Usage: {@code java -cp nianbao-bench.jar nianbao.bench.CliBench --cli JAR --hello JAR
 * [--parse-only JAR] [--phases BENCH_JAR] [--java-opts "..."] [--runs 50] [--reports 1000] [--batch-runs 5]}
 */
public final class CliBench {

    private CliBench() {
    }

    public static void main(String[] args) throws Exception {
        String cli = null;
        String hello = null;
        String parseOnly = null;
        String phases = null;
        String javaOpts = "";
        int runs = 50;
        int reports = 1000;
        int batchRuns = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cli" -> cli = args[++i];
                case "--hello" -> hello = args[++i];
                case "--parse-only" -> parseOnly = args[++i];
                case "--phases" -> phases = args[++i];
                case "--java-opts" -> javaOpts = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--reports" -> reports = Integer.parseInt(args[++i]);
                case "--batch-runs" -> batchRuns = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (cli == null || hello == null) {
            throw new IllegalArgumentException("--cli JAR and --hello JAR are required");
        }
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String opt : javaOpts.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                java.add(opt);
            }
        }
        String example = Reports.EXAMPLE.toString();
        // The same flags, except an archive of classes made for the CLI jar: it does not apply to
        // another jar (the JVM would only warn and ignore it).
        List<String> helloJava = java.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile=")).toList();
        List<String> helloCommand = command(helloJava, hello);
        List<String> checkCommand = command(java, cli, "check", example);
        Path work = Files.createTempDirectory("nianbao-bench-cli");
        List<String> parseOnlyCommand = parseOnly == null ? null
                : withArchive(java, helloJava, work.resolve("parse-only.jsa"), List.of("-jar", parseOnly, example));
        // Warm the file cache of the jars before timing.
        for (int i = 0; i < 3; i++) {
            run(helloCommand, 0);
            run(checkCommand, 0);
            if (parseOnlyCommand != null) {
                run(parseOnlyCommand, 0);
            }
        }
        Stats floor = new Stats("cli hello-world jar", "1 run", "ms");
        Stats parse = new Stats("cli parse-only jar", "1x", "ms");
        Stats one = new Stats("cli check, one report", "1x", "ms");
        for (int i = 0; i < runs; i++) {
            floor.addNanosAsMillis(run(helloCommand, 0));
            if (parseOnlyCommand != null) {
                parse.addNanosAsMillis(run(parseOnlyCommand, 0));
            }
            one.addNanosAsMillis(run(checkCommand, 0));
        }
        floor.print();
        if (parseOnlyCommand != null) {
            parse.print();
            Stats parseRatio = new Stats("cli parse-only / hello-world (medians)", "1x", "x");
            parseRatio.add(parse.median() / floor.median());
            parseRatio.print();
        }
        one.print();
        Stats ratio = new Stats("cli check / hello-world (medians)", "1x", "x");
        ratio.add(one.median() / floor.median());
        ratio.print();

        if (phases != null) {
            coldPhases(withArchive(java, helloJava, work.resolve("phases.jsa"),
                    List.of("-cp", phases, ColdPhases.class.getName(), example)), runs);
        }

        Path dir = Files.createTempDirectory("nianbao-bench-reports");
        try {
            Reports.writeVaried(dir, reports);
            List<String> batch = command(java, cli, "check", dir.toString());
            run(batch, 1); // every seventh report has an error: status 1
            Stats many = new Stats("cli check, " + reports + " reports", "1 run", "ms");
            for (int i = 0; i < batchRuns; i++) {
                many.addNanosAsMillis(run(batch, 1));
            }
            many.print();

            // The county review of the same reports: check, one HTML page each, the roll-up, the index.
            Path site = dir.resolveSibling(dir.getFileName() + "-site");
            List<String> review = command(java, cli, "review", dir.toString(), "-o", site.toString());
            run(review, 0);
            Stats reviewed = new Stats("cli review, " + reports + " reports (check + pages + roll-up)", "1 run", "ms");
            for (int i = 0; i < batchRuns; i++) {
                delete(site);
                reviewed.addNanosAsMillis(run(review, 0));
            }
            reviewed.print();
            delete(site);
        } finally {
            delete(dir);
            delete(work);
        }
    }

    /**
     * A command with the CLI's flags: with an archive of its own (made now by one training run, as
     * the CLI's build makes the CLI's) when the CLI has one.
     */
    private static List<String> withArchive(List<String> java, List<String> withoutArchive, Path archive, List<String> target)
            throws Exception {
        List<String> command = new ArrayList<>(java.size() == withoutArchive.size() ? java : withoutArchive);
        if (java.size() != withoutArchive.size()) {
            List<String> training = new ArrayList<>(withoutArchive);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            training.addAll(target);
            run(training, 0);
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(target);
        return command;
    }

    /** Runs {@link ColdPhases} as a process, and prints each phase's figures. */
    private static void coldPhases(List<String> command, int runs) throws Exception {
        Map<String, Stats> byPhase = new LinkedHashMap<>();
        for (String phase : ColdPhases.PHASES) {
            byPhase.put(phase, new Stats("cli cold phase: " + phase, "1x", "ms"));
        }
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            for (String pair : out.split(" ")) {
                String[] kv = pair.split("=");
                Stats stats = byPhase.get(kv[0]);
                if (stats != null) {
                    stats.addNanosAsMillis(Long.parseLong(kv[1]));
                }
            }
        }
        byPhase.values().forEach(Stats::print);
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> command(List<String> java, String jar, String... args) {
        List<String> c = new ArrayList<>(java);
        c.add("-jar");
        c.add(jar);
        c.addAll(List.of(args));
        return c;
    }

    /** Runs the command to its end, output discarded; the nanoseconds it took. */
    private static long run(List<String> command, int expectedStatus) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int status = p.waitFor();
        long elapsed = System.nanoTime() - t0;
        if (status != expectedStatus) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ", expected " + expectedStatus);
        }
        return elapsed;
    }
}
