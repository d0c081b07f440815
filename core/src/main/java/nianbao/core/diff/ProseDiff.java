package nianbao.core.diff;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.model.Prose;

/**
 * The paragraphs of one section, last year's against this year's: a longest common subsequence
 * of equal paragraphs; between two kept paragraphs, removed and added ones are paired as changed
 * (in order), the rest stay removed or added.
 */
final class ProseDiff {

    private ProseDiff() {
    }

    static List<ReportDiff.ProseChange> of(String section, List<Prose> before, List<Prose> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(before.get(i), after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<ReportDiff.ProseChange> out = new ArrayList<>();
        List<Prose> removed = new ArrayList<>();
        List<Prose> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(before.get(i), after.get(j))) {
                flush(section, removed, added, out);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
            }
        }
        flush(section, removed, added, out);
        return out;
    }

    private static boolean same(Prose a, Prose b) {
        return ReportDiff.text(a).equals(ReportDiff.text(b));
    }

    private static void flush(String section, List<Prose> removed, List<Prose> added, List<ReportDiff.ProseChange> out) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            out.add(new ReportDiff.ProseChange(section, ReportDiff.Kind.CHANGED, ReportDiff.text(removed.get(k)),
                    ReportDiff.text(added.get(k)), line(added.get(k))));
        }
        for (Prose p : removed.subList(paired, removed.size())) {
            out.add(new ReportDiff.ProseChange(section, ReportDiff.Kind.REMOVED, ReportDiff.text(p), null, line(p)));
        }
        for (Prose p : added.subList(paired, added.size())) {
            out.add(new ReportDiff.ProseChange(section, ReportDiff.Kind.ADDED, null, ReportDiff.text(p), line(p)));
        }
        removed.clear();
        added.clear();
    }

    private static int line(Prose p) {
        return p.range().start().line() + 1;
    }
}
