package nianbao.core.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves template references written in reports and in {@code 继承} lines, in this order:
 * a path relative to the file that names it, then each directory of the template path
 * ({@code NAME.nbt}), then the built-in templates.
 *
 * <p>Only files ending in {@code .nbt} are read, and only inside the root (the workspace) or a
 * template path directory: an absolute path or a {@code ..} that leaves them is refused. No
 * template is ever fetched from the network.
 */
public final class FileTemplateResolver implements TemplateResolver {

    /** The file extension of template files. */
    public static final String EXTENSION = ".nbt";
    /** Environment variable holding extra template directories, separated like PATH. */
    public static final String PATH_VARIABLE = "NIANBAO_TEMPLATE_PATH";

    private final Path reportDir;
    private final Path root;
    private final List<Path> templatePath;
    private final TemplateResolver builtIn = TemplateResolver.builtIn();
    private final Map<String, Cached> cache;

    private record Cached(long modified, Resolution resolution) {
    }

    /**
     * @param reportDir    the directory of the report being checked (relative references start here)
     * @param root         the directory references may not leave (the workspace)
     * @param templatePath extra directories to look in, by template name
     */
    public FileTemplateResolver(Path reportDir, Path root, List<Path> templatePath) {
        this(reportDir, root, templatePath, new ConcurrentHashMap<>());
    }

    private FileTemplateResolver(Path reportDir, Path root, List<Path> templatePath, Map<String, Cached> cache) {
        this.reportDir = reportDir.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
        List<Path> absolute = new ArrayList<>();
        for (Path p : templatePath) {
            absolute.add(p.toAbsolutePath().normalize());
        }
        this.templatePath = List.copyOf(absolute);
        this.cache = cache;
    }

    /** The same resolver for a report in another directory, sharing the cache. */
    public FileTemplateResolver forReportDir(Path dir) {
        return new FileTemplateResolver(dir, root, templatePath, cache);
    }

    /** The same resolver for a report in another directory and workspace, sharing the cache. */
    public FileTemplateResolver forReportDir(Path dir, Path workspace) {
        return new FileTemplateResolver(dir, workspace, templatePath, cache);
    }

    /** The template path from {@value #PATH_VARIABLE}, if set. */
    public static List<Path> pathFromEnvironment() {
        String value = System.getenv(PATH_VARIABLE);
        List<Path> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(Path.of(part.strip()));
                }
            }
        }
        return out;
    }

    @Override
    public Resolution resolve(String reference) {
        Path file = locate(reference.strip(), reportDir);
        if (file == null) {
            return builtIn.resolve(reference);
        }
        return load(file);
    }

    @Override
    public List<String> knownNames() {
        List<String> names = new ArrayList<>(builtIn.knownNames());
        for (Path dir : templatePath) {
            try (var files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXTENSION))
                        .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                        .filter(n -> !names.contains(n)).sorted().forEach(names::add);
            } catch (IOException e) {
                // A template directory that cannot be listed offers no names.
            }
        }
        return names;
    }

    @Override
    public Template defaultFor(Integer year) {
        return builtIn.defaultFor(year);
    }

    /** The template file a reference names, or null (then the built-ins are tried). */
    Path locate(String reference, Path fromDir) {
        try {
            return locateValid(reference, fromDir);
        } catch (InvalidPathException e) {
            // A reference no file system accepts (a NUL character, say) names no file.
            return null;
        }
    }

    private Path locateValid(String reference, Path fromDir) {
        boolean pathLike = reference.contains("/") || reference.contains("\\") || reference.endsWith(EXTENSION);
        if (pathLike) {
            Path p = Path.of(reference);
            if (p.isAbsolute() || !reference.endsWith(EXTENSION)) {
                return null;
            }
            Path candidate = fromDir.resolve(p).normalize();
            return allowed(candidate) && Files.isRegularFile(candidate) ? candidate : null;
        }
        for (Path dir : templatePath) {
            Path candidate = dir.resolve(reference + EXTENSION).normalize();
            if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Why a path-like reference was not found: for the report's diagnostic. */
    @Override
    public String whyNot(String reference) {
        String r = reference.strip();
        try {
            Path.of(r);
        } catch (InvalidPathException e) {
            return "模板路径中有文件名不能使用的字符";
        }
        if (Path.of(r).isAbsolute()) {
            return "不允许使用绝对路径引用模板，请写相对于报告的路径";
        }
        if ((r.contains("/") || r.contains("\\")) && !r.endsWith(EXTENSION)) {
            return "模板文件须以 " + EXTENSION + " 结尾";
        }
        if (r.endsWith(EXTENSION) && !allowed(reportDir.resolve(r).normalize())) {
            return "模板路径不能离开工作区";
        }
        return null;
    }

    private boolean allowed(Path candidate) {
        if (candidate.startsWith(root)) {
            return true;
        }
        for (Path dir : templatePath) {
            if (candidate.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    private Resolution load(Path file) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
        String key = file.toString();
        Cached cached = cache.get(key);
        if (cached != null && cached.modified() == modified) {
            return cached.resolution();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        TemplateReader.Result r = TemplateReader.read(text, file.toString(), this::loadBase);
        List<nianbao.core.diagnostic.Diagnostic> problems = r.diagnostics().sorted().stream()
                .map(d -> new nianbao.core.diagnostic.Diagnostic(d.id(), d.severity(), d.range(), d.message(), d.fixes(),
                        file.toString()))
                .toList();
        Resolution resolution = new Resolution(r.template(), problems);
        cache.put(key, new Cached(modified, resolution));
        return resolution;
    }

    /** Reads the text of a template file (perhaps newer than the file on disk), its bases found as for reports. */
    public TemplateReader.Result readTemplate(Path file, String text) {
        return TemplateReader.read(text, file.toAbsolutePath().normalize().toString(), this::loadBase);
    }

    private TemplateReader.BaseLoader.Loaded loadBase(String reference, String fromSource) {
        Path fromDir = fromSource.startsWith("builtin:") ? reportDir : Path.of(fromSource).getParent();
        Path file = locate(reference.strip(), fromDir);
        if (file != null) {
            try {
                return new TemplateReader.BaseLoader.Loaded(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                return null;
            }
        }
        String text = TemplateRegistry.builtIn().text(reference.strip());
        return text == null ? null : new TemplateReader.BaseLoader.Loaded(text, "builtin:" + reference.strip());
    }
}
