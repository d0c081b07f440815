package nianbao.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates a report may name. Built-in templates are read from the classpath
 * ({@code nianbao/templates/<id>.nbt}, listed in {@code builtin.list}) once, on first use.
 */
public final class TemplateRegistry {

    private static final String ROOT = "nianbao/templates/";
    private static final TemplateRegistry BUILT_IN = new TemplateRegistry();

    private final Map<String, TemplateReader.Result> loaded = new ConcurrentHashMap<>();
    private volatile List<String> builtInIds;

    public static TemplateRegistry builtIn() {
        return BUILT_IN;
    }

    /** Ids of the built-in templates, in the order they are listed. */
    public List<String> builtInIds() {
        if (builtInIds == null) {
            String list = resource(ROOT + "builtin.list");
            builtInIds = list == null ? List.of() : list.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return builtInIds;
    }

    /** A built-in template with the problems found reading it, or null if there is none by that id. */
    public TemplateReader.Result load(String id) {
        if (!builtInIds().contains(id)) {
            return null;
        }
        return loaded.computeIfAbsent(id, k -> TemplateReader.read(resource(ROOT + k + ".nbt"), "builtin:" + k));
    }

    /** A built-in template, or null. */
    public Template get(String id) {
        TemplateReader.Result r = load(id);
        return r == null ? null : r.template();
    }

    /** The text of a built-in template, for go-to-definition and for users who copy one. */
    public String text(String id) {
        return builtInIds().contains(id) ? resource(ROOT + id + ".nbt") : null;
    }

    private static String resource(String path) {
        try (InputStream in = TemplateRegistry.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
