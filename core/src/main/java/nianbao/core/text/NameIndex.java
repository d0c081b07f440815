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
    private final Function<? super T, String> label;

    public NameIndex(Collection<T> things, Function<? super T, String> label, Function<? super T, List<String>> names) {
        this.label = label;
        for (T thing : things) {
            for (String name : names.apply(thing)) {
                // Names.withoutExplanation(name), without normalizing the name a second time
                String key = Names.normalize(name);
                add(key, thing);
                String shorter = Names.withoutTrailingParenthesis(key);
                if (!shorter.equals(key)) {
                    add(shorter, thing);
                }
            }
        }
    }

    private void add(String key, T thing) {
        if (!key.isEmpty()) {
            Set<T> things = byKey.get(key);
            if (things == null) {
                things = new LinkedHashSet<>();
                byKey.put(key, things);
            }
            things.add(thing);
        }
    }

    /** What a name refers to. */
    public sealed interface Lookup<T> permits Found, Ambiguous, Unknown {
    }

    public record Found<T>(T thing) implements Lookup<T> {
    }

    public record Ambiguous<T>(List<T> candidates) implements Lookup<T> {
    }

    /**
     * @param suggestion the closest declared thing, or null when nothing is close
     * @param otherNumbers when the name is a well-formed ordinal that no thing has (第二十条第（九）项),
     *     the things whose names differ from it only in their numbers; never suggested, since the
     *     clerk wrote another number rather than mistyped this one
     */
    public record Unknown<T>(T suggestion, List<T> otherNumbers) implements Lookup<T> {

        public Unknown(T suggestion) {
            this(suggestion, List.of());
        }
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
        String shape = Ordinals.shape(key);
        List<T> otherNumbers = new ArrayList<>();
        if (!shape.equals(key) && Ordinals.wellFormed(key)) {
            for (Map.Entry<String, Set<T>> e : byKey.entrySet()) {
                if (Ordinals.shape(e.getKey()).equals(shape)) {
                    e.getValue().stream().filter(t -> !otherNumbers.contains(t)).forEach(otherNumbers::add);
                }
            }
        }
        return new Unknown<>(closest(key, shape, otherNumbers), List.copyOf(otherNumbers));
    }

    /**
     * The thing whose name is closest to a key, if the distance is small for the key's length.
     * Among close names, the one whose text outside its ordinals is closest wins, so that a typo
     * in the text is matched to the same item rather than to a neighbour with another number.
     */
    private T closest(String key, String shape, List<T> excluded) {
        if (key.isEmpty()) {
            return null;
        }
        int allowed = Math.max(1, Math.min(3, key.length() / 3));
        T best = null;
        int bestShapeDistance = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Set<T>> e : byKey.entrySet()) {
            if (e.getValue().size() != 1 || excluded.contains(e.getValue().iterator().next())) {
                continue;
            }
            int d = nearness(key, e.getKey());
            if (d > allowed) {
                continue;
            }
            int shapeDistance = nearness(shape, Ordinals.shape(e.getKey()));
            if (shapeDistance < bestShapeDistance || shapeDistance == bestShapeDistance && d < bestDistance) {
                bestShapeDistance = shapeDistance;
                bestDistance = d;
                best = e.getValue().iterator().next();
            }
        }
        return best;
    }

    private static int nearness(String written, String declared) {
        int d = Names.distance(written, declared);
        // Containment counts as close: 不掌握 for 本机关不掌握相关政府信息.
        if (declared.contains(written) && written.length() >= 2) {
            d = Math.min(d, 1);
        }
        return d;
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
