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
 * The templates a report may name. Built-in templates are on the classpath
 * ({@code nianbao/templates/<id>.nbt}, listed in {@code builtin.list}) and are read once, on first
 * use: from the images the build compiled into {@value #IMAGES_CLASS} (see {@link TemplateImages})
 * when that class is there and holds an image of this format, else from the text.
 */
public final class TemplateRegistry {

    static final String ROOT = "nianbao/templates/";
    /** The class the build writes (it is not in the sources). */
    static final String IMAGES_CLASS = "nianbao.core.template.BuiltInImages";
    private static final TemplateRegistry BUILT_IN = new TemplateRegistry(compiledImages());

    /** The built-in templates' images, as the build compiled them. */
    interface Images {

        /** The ids of the built-in templates, in the order of {@code builtin.list}. */
        String[] ids();

        /** The image of a built-in template, in pieces (each a string of the image's bytes, ISO-8859-1), or null. */
        String[] image(String id);
    }

    private final Map<String, TemplateReader.Result> loaded = new ConcurrentHashMap<>();
    private final Images images;
    private volatile List<String> builtInIds;

    private TemplateRegistry(Images images) {
        this.images = images;
    }

    private static Images compiledImages() {
        try {
            return (Images) Class.forName(IMAGES_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null; // a build without the class (an IDE's, say): the templates are read from their text
        }
    }

    public static TemplateRegistry builtIn() {
        return BUILT_IN;
    }

    /** The built-in templates read from their text only, never from an image (for the build and tests). */
    static TemplateRegistry fromText() {
        return new TemplateRegistry(null);
    }

    /** Ids of the built-in templates, in the order they are listed. */
    public List<String> builtInIds() {
        if (builtInIds == null && images != null) {
            builtInIds = List.of(images.ids());
        }
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
        // get, then putIfAbsent rather than computeIfAbsent(id, this::read): no lambda to link at run time
        TemplateReader.Result r = loaded.get(id);
        if (r == null) {
            TemplateReader.Result read = read(id);
            r = loaded.putIfAbsent(id, read);
            if (r == null) {
                r = read;
            }
        }
        return r;
    }

    private TemplateReader.Result read(String id) {
        if (images != null) {
            String[] pieces = images.image(id);
            Template t = pieces == null ? null : TemplateImage.read(String.join("", pieces).getBytes(StandardCharsets.ISO_8859_1));
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
