package nianbao.core.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.core.diagnostic.Diagnostic;

/**
 * Writes the images of the built-in templates ({@link TemplateImage}) at build time, beside their
 * text in the compiled classes: {@code nianbao/templates/<id>.image}. Run by core's pom in the
 * {@code process-classes} phase; a built-in template with any problem fails the build.
 *
 * <p>Usage: {@code TemplateImages CLASSES_DIR}
 */
public final class TemplateImages {

    private TemplateImages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateImages CLASSES_DIR");
        }
        Path dir = Path.of(args[0]).resolve(TemplateRegistry.ROOT);
        TemplateRegistry registry = TemplateRegistry.fromText();
        for (String id : registry.builtInIds()) {
            TemplateReader.Result r = registry.load(id);
            if (!r.diagnostics().all().isEmpty()) {
                Diagnostic first = r.diagnostics().all().get(0);
                throw new IllegalStateException("built-in template " + id + " has problems: " + first.id() + " at "
                        + first.range() + ": " + first.message());
            }
            Files.write(dir.resolve(id + TemplateRegistry.IMAGE), TemplateImage.write(r.template()));
        }
    }
}
