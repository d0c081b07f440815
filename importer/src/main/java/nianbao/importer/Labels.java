package nianbao.importer;

import java.text.Normalizer;
import java.util.List;
import nianbao.core.template.ColumnGroup;
import nianbao.core.text.NameIndex;
import nianbao.core.text.Names;

/** Looking up published labels among the names a template declares, with the slack real reports need. */
final class Labels {

    private Labels() {
    }

    /** What a label names, and whether it took a near miss to find it. */
    record Match<T>(T thing, boolean guessed) {
    }

    /**
     * Finds a label: as written, then without a trailing explanation in brackets
     * ({@code 本年收费金额（单位：万元）}), then the closest name when it is close enough.
     */
    static <T> Match<T> find(NameIndex<T> index, String written) {
        String label = oneLine(written);
        if (label.isEmpty()) {
            return null;
        }
        NameIndex.Lookup<T> hit = index.lookup(label);
        if (hit instanceof NameIndex.Found<T> f) {
            return new Match<>(f.thing(), false);
        }
        String shorter = Names.withoutExplanation(label);
        if (shorter != null && index.lookup(shorter) instanceof NameIndex.Found<T> f) {
            return new Match<>(f.thing(), false);
        }
        if (hit instanceof NameIndex.Unknown<T> u && u.suggestion() != null) {
            return new Match<>(u.suggestion(), true);
        }
        return null;
    }

    /** Candidates when a label fits several things (the caller picks by context). */
    static <T> List<T> candidates(NameIndex<T> index, String written) {
        return index.lookup(oneLine(written)) instanceof NameIndex.Ambiguous<T> a ? a.candidates() : List.of();
    }

    static NameIndex<ColumnGroup> groupIndex(List<ColumnGroup> groups) {
        return new NameIndex<>(groups, ColumnGroup::label, ColumnGroup::names);
    }

    /** A wrapped cell ({@code 商业\n企业}) read as one label. */
    static String oneLine(String text) {
        return text.replaceAll("[\\s\u00A0\u3000]+", "");
    }

    /** True when two labels are the same text once folded (a table's note, its row header cell). */
    static boolean same(String a, String b) {
        String x = Names.normalize(oneLine(a)).replaceAll("^\\((.*)\\)$", "$1");
        String y = Names.normalize(oneLine(b)).replaceAll("^\\((.*)\\)$", "$1");
        return !x.isEmpty() && x.equals(y);
    }

    /** The value of a Chinese section ordinal {@code 三、}, or 0 when the text has none. */
    static int sectionOrdinal(String text) {
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        if (folded.length() < 2 || "、.,".indexOf(folded.charAt(1)) < 0) {
            return 0;
        }
        return "一二三四五六七八九十".indexOf(folded.charAt(0)) + 1;
    }
}
