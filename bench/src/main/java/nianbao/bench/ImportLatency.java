package nianbao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nianbao.importer.ImportResult;
import nianbao.importer.Importer;

/**
 * Import of the real hongze PDF ({@link ImportBenchmarks#PDF}), wall-clock and CPU time of the
 * importing thread: the CPU time is what the import costs on a machine of its own, the wall
 * time what it took on this one (on a shared machine the two differ by the load).
 * {@code --fresh N}: the first import in each of N fresh JVMs (each run as a process);
 * {@code --warm N}: N imports in this JVM after 10 unmeasured ones. Prints medians and maxima.
 */
public final class ImportLatency {

    private ImportLatency() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "--warm";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (mode.equals("--once")) {
            long[] t = once(Files.readAllBytes(ImportBenchmarks.PDF));
            System.out.println(t[0] + " " + t[1]);
            return;
        }
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        if (mode.equals("--fresh")) {
            String cp = System.getProperty("java.class.path");
            String java = ProcessHandle.current().info().command().orElse("java");
            for (int i = 0; i < n; i++) {
                Process p = new ProcessBuilder(java, "-cp", cp, ImportLatency.class.getName(), "--once")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
                if (p.waitFor() != 0) {
                    throw new IOException("the import failed");
                }
                wall.add(Long.parseLong(out[0]));
                cpu.add(Long.parseLong(out[1]));
            }
        } else {
            byte[] pdf = Files.readAllBytes(ImportBenchmarks.PDF);
            for (int i = 0; i < 10; i++) {
                once(pdf);
            }
            for (int i = 0; i < n; i++) {
                long[] t = once(pdf);
                wall.add(t[0]);
                cpu.add(t[1]);
            }
        }
        System.out.printf("import of one real PDF (%s, %d runs): wall median %.0f ms, max %.0f ms; CPU median %.0f ms, max %.0f ms; load %s%n",
                mode.substring(2), n, median(wall), max(wall), median(cpu), max(cpu),
                Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** Wall and CPU time of one import, in microseconds. */
    private static long[] once(byte[] pdf) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportResult r = Importer.importBytes("hongze.pdf", pdf);
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        if (r.tableLost()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return new long[] {wall / 1000, cpu / 1000};
    }

    private static double median(List<Long> micros) {
        List<Long> s = new ArrayList<>(micros);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1000.0;
    }

    private static double max(List<Long> micros) {
        return Collections.max(micros) / 1000.0;
    }
}
