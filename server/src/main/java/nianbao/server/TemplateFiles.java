package nianbao.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.core.features.DefinitionTarget;
import nianbao.core.template.TemplateRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Where a client can open a template. A built-in template lives inside the jar, which no editor
 * opens; its text is written once to a read-only file in a temporary folder and that file is
 * what go-to-definition points at.
 */
final class TemplateFiles {

    private final Map<String, String> builtInUris = new ConcurrentHashMap<>();
    private volatile @Nullable Path folder;

    /** The URI of the file that holds a target's template, or null when there is none. */
    @Nullable String uri(DefinitionTarget target) {
        if (target.templateSource() == null) {
            return null;
        }
        if (!target.builtIn()) {
            return Path.of(target.templateSource()).toUri().toString();
        }
        return builtInUris.computeIfAbsent(target.templateId(), this::writeBuiltIn);
    }

    private @Nullable String writeBuiltIn(String id) {
        String text = TemplateRegistry.builtIn().text(id);
        if (text == null) {
            return null;
        }
        try {
            Path file = folder().resolve(id + ".nbt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            file.toFile().setReadOnly();
            file.toFile().deleteOnExit();
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("nianbao-templates-");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }
}
