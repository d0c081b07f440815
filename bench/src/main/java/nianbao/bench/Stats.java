package nianbao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Samples of one figure, printed as one tab-separated result line that {@code bench/run.sh}
 * gathers into its table: {@code RESULT figure scale median p90 max unit n}.
 */
final class Stats {

    private final String figure;
    private final String scale;
    private final String unit;
    private final List<Double> samples = new ArrayList<>();

    Stats(String figure, String scale, String unit) {
        this.figure = figure;
        this.scale = scale;
        this.unit = unit;
    }

    void add(double sample) {
        samples.add(sample);
    }

    void addNanosAsMillis(long nanos) {
        samples.add(nanos / 1e6);
    }

    /** Nearest-rank percentile of the samples (p in 0..100). */
    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double median() {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    void print() {
        if (samples.isEmpty()) {
            return;
        }
        System.out.println(String.format(Locale.ROOT, "RESULT\t%s\t%s\t%s\t%s\t%s\t%s\t%d", figure, scale,
                number(median()), number(percentile(90)), number(percentile(100)), unit, samples.size()));
        System.out.flush();
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
