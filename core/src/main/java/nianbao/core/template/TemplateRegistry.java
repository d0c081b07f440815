package nianbao.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.core.diagnostic.Diagnostics;

/**
 * The templates a report may name. Built-in templates are read from the classpath
 * ({@code nianbao/templates/<id>.nbt}, listed in {@code builtin.list}) once, on first use: from
 * the image the build wrote beside the text ({@code <id>.image}, see {@link TemplateImage}) when
 * there is one of this format, else from the text.
 */
public final class TemplateRegistry {

    static final String ROOT = "nianbao/templates/";
    static final String IMAGE = ".image";
    private static final TemplateRegistry BUILT_IN = new TemplateRegistry(true);

    private final Map<String, TemplateReader.Result> loaded = new ConcurrentHashMap<>();
    private final boolean images;
    private volatile List<String> builtInIds;

    private TemplateRegistry(boolean images) {
        this.images = images;
    }

    public static TemplateRegistry builtIn() {
        return BUILT_IN;
    }

    /** The built-in templates read from their text only, never from an image (for the build and tests). */
    static TemplateRegistry fromText() {
        return new TemplateRegistry(false);
    }

    /** Ids of the built-in templates, in the order they are listed. */
    public List<String> builtInIds() {
        if (builtInIds == null) {
            String list = resource(ROOT + "builtin.list");
            List<String> ids = new ArrayList<>();
            if (list != null) {
                for (String line : list.split("\n")) {
                    if (!line.isBlank()) {
                        ids.add(line.strip());
                    }
                }
            }
            builtInIds = List.copyOf(ids);
        }
        return builtInIds;
    }

    /** A built-in template with the problems found reading it, or null if there is none by that id. */
    public TemplateReader.Result load(String id) {
        if (!builtInIds().contains(id)) {
            return null;
        }
        return loaded.computeIfAbsent(id, this::read);
    }

    private TemplateReader.Result read(String id) {
        if (images) {
            byte[] image = bytes(ROOT + id + IMAGE);
            Template t = image == null ? null : TemplateImage.read(image);
            if (t != null) {
                return new TemplateReader.Result(t, new Diagnostics());
            }
        }
        return TemplateReader.read(resource(ROOT + id + ".nbt"), "builtin:" + id);
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
        byte[] bytes = bytes(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = TemplateRegistry.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
