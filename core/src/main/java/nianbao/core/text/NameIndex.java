package nianbao.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Looks up declared things (sections, tables, rows, columns) by any of their names.
 *
 * <p>Each thing is indexed under the normalized forms of its official label, its aliases and
 * its label without a trailing explanation. A key shared by two things is ambiguous and
 * resolves to neither, so that a short name never silently picks the wrong row.
 */
public final class NameIndex<T> {

    private final Map<String, Set<T>> byKey = new LinkedHashMap<>();
    private final Function<T, String> label;

    public NameIndex(Collection<T> things, Function<T, String> label, Function<T, List<String>> names) {
        this.label = label;
        for (T thing : things) {
            for (String name : names.apply(thing)) {
                add(Names.normalize(name), thing);
                String shorter = Names.withoutExplanation(name);
                if (shorter != null) {
                    add(shorter, thing);
                }
            }
        }
    }

    private void add(String key, T thing) {
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(thing);
        }
    }

    /** What a name refers to. */
    public sealed interface Lookup<T> permits Found, Ambiguous, Unknown {
    }

    public record Found<T>(T thing) implements Lookup<T> {
    }

    public record Ambiguous<T>(List<T> candidates) implements Lookup<T> {
    }

    /** @param suggestion the closest declared thing, or null when nothing is close */
    public record Unknown<T>(T suggestion) implements Lookup<T> {
    }

    public Lookup<T> lookup(String written) {
        String key = Names.normalize(written);
        Set<T> hits = byKey.get(key);
        if (hits != null && hits.size() == 1) {
            return new Found<>(hits.iterator().next());
        }
        if (hits != null) {
            return new Ambiguous<>(List.copyOf(hits));
        }
        return new Unknown<>(closest(key));
    }

    /** The thing whose name is closest to a key, if the distance is small for the key's length. */
    private T closest(String key) {
        if (key.isEmpty()) {
            return null;
        }
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Set<T>> e : byKey.entrySet()) {
            if (e.getValue().size() != 1) {
                continue;
            }
            int d = Names.distance(key, e.getKey());
            // Containment counts as close: 不掌握 for 本机关不掌握相关政府信息.
            if (e.getKey().contains(key) && key.length() >= 2) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue().iterator().next();
            }
        }
        int allowed = Math.max(1, Math.min(3, key.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    public List<T> all() {
        List<T> out = new ArrayList<>();
        for (Set<T> s : byKey.values()) {
            for (T t : s) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public String label(T thing) {
        return label.apply(thing);
    }
}
