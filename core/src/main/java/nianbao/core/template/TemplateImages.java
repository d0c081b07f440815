package nianbao.core.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nianbao.core.diagnostic.Diagnostic;

/**
 * Compiles the images of the built-in templates ({@link TemplateImage}) into a class at build
 * time: {@value TemplateRegistry#IMAGES_CLASS}, an implementation of
 * {@link TemplateRegistry.Images} whose string constants are the images. Run by core's pom in the
 * {@code process-classes} phase; a built-in template with any problem fails the build.
 *
 * <p>A class, not a resource beside the text: a short run then reads no resource at all. The
 * first resource read of a process goes through the class loaders' URL machinery and costs more
 * than reading the template does, while a class comes from the class data sharing archive and its
 * constants are made by the JVM without running any Java code.
 *
 * <p>Usage: {@code TemplateImages CLASSES_DIR SOURCES_DIR}: the source is written under
 * SOURCES_DIR (for whoever wants to read it) and compiled into CLASSES_DIR.
 */
public final class TemplateImages {

    /** Characters per string constant: a constant's modified UTF-8 must stay under 64 KB, two bytes a character at worst. */
    static final int CHUNK = 16_000;

    private TemplateImages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateImages CLASSES_DIR SOURCES_DIR");
        }
        Path classes = Path.of(args[0]);
        String name = TemplateRegistry.IMAGES_CLASS;
        Path source = Path.of(args[1]).resolve(name.replace('.', '/') + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, source(TemplateRegistry.fromText()), StandardCharsets.UTF_8);
        compile(source, classes);
    }

    /** The Java source of the images class: every built-in template, read from its text. */
    static String source(TemplateRegistry registry) {
        String qualified = TemplateRegistry.IMAGES_CLASS;
        String simpleName = qualified.substring(qualified.lastIndexOf('.') + 1);
        StringBuilder ids = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (String id : registry.builtInIds()) {
            TemplateReader.Result r = registry.load(id);
            if (!r.diagnostics().all().isEmpty()) {
                Diagnostic first = r.diagnostics().all().get(0);
                throw new IllegalStateException("built-in template " + id + " has problems: " + first.id() + " at "
                        + first.range() + ": " + first.message());
            }
            ids.append(ids.length() == 0 ? "" : ", ").append(literal(id));
            cases.append("            case ").append(literal(id)).append(":\n                return new String[] {");
            List<String> chunks = chunks(new String(TemplateImage.write(r.template()), StandardCharsets.ISO_8859_1));
            for (int i = 0; i < chunks.size(); i++) {
                cases.append(i == 0 ? "\n" : ",\n").append("                    ").append(literal(chunks.get(i)));
            }
            cases.append("};\n");
        }
        return "// Written by nianbao.core.template.TemplateImages at build time from the built-in templates: do not edit.\n"
                + "package " + qualified.substring(0, qualified.lastIndexOf('.')) + ";\n\n"
                + "final class " + simpleName + " implements TemplateRegistry.Images {\n\n"
                + "    @Override\n"
                + "    public String[] ids() {\n"
                + "        return new String[] {" + ids + "};\n"
                + "    }\n\n"
                + "    @Override\n"
                + "    public String[] image(String id) {\n"
                + "        switch (id) {\n"
                + cases
                + "            default:\n"
                + "                return null;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < text.length(); start += CHUNK) {
            chunks.add(text.substring(start, Math.min(text.length(), start + CHUNK)));
        }
        return chunks;
    }

    /** A Java string literal of text whose characters are all below U+0100 (the image's bytes). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2 + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                throw new IllegalArgumentException("not a byte: U+" + Integer.toHexString(c));
            }
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else {
                // Always three octal digits, so that a digit after the escape is never read into it.
                out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7))).append((char) ('0' + (c & 7)));
            }
        }
        return out.append('"').toString();
    }

    private static void compile(Path source, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: the build needs a JDK");
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, "--release", "17", "-nowarn", "-XDstringConcat=inline",
                "-classpath", classes.toString(), "-d", classes.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException("compiling " + source + " failed:\n" + messages.toString(StandardCharsets.UTF_8));
        }
    }
}
