package nianbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nianbao.importer.ImportResult;
import nianbao.importer.Importer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of one real published PDF (淮安市洪泽区 2023, 5 pages, the importer's test resource):
 * {@code firstImport} is the first import in a fresh JVM (what one {@code nianbao import} pays,
 * JVM start excluded), {@code warmImport} the steady state (an editor or a batch of files).
 * Run from the repository root: {@code java -jar bench/target/nianbao-bench.jar ImportBenchmarks}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmarks {

    /** The PDF, relative to the repository root. */
    static final Path PDF = Path.of("importer/src/test/resources/real/26-hongze-qu-2023.pdf");

    private byte[] pdf;

    @Setup(Level.Trial)
    public void setUp() {
        try {
            pdf = Files.readAllBytes(PDF);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root", e);
        }
    }

    private ImportResult importPdf() {
        ImportResult r = Importer.importBytes("hongze.pdf", pdf);
        if (!"national-2021".equals(r.templateId()) || r.tableLost()) {
            throw new IllegalStateException("the PDF no longer imports: " + r.problems());
        }
        return r;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public ImportResult firstImport() {
        return importPdf();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public ImportResult warmImport() {
        return importPdf();
    }
}
