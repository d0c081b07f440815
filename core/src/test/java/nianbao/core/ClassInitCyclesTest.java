package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import nianbao.syntax.ReportSyntaxParser;
import org.junit.jupiter.api.Test;

/**
 * The language server's warm-up analyses a report on a second thread while the main thread
 * initialises classes of its own (the protocol's). Two threads can deadlock on class initialisation only when static
 * initialisers need each other's classes in a cycle (A's needs B while B's needs A). This test
 * reads the compiled classes with {@code javap} and finds every class with a static initialiser
 * whose initialisation needs another's: through what its static initialiser, and the private
 * static methods of its own class that it calls, name (fields read or written, methods called,
 * objects made), and through its superclass. It fails on any cycle between two or more classes.
 *
 * <p>What it does not see: a class named only inside a method of another class that a static
 * initialiser calls. Keep static initialisers to constants and their own class.
 */
class ClassInitCyclesTest {

    /** javap's comment on an instruction that names a member or a class. */
    private static final Pattern REFERENCE = Pattern.compile("// (Field|Method|InterfaceMethod|class) ([^:\\s]+)");
    private static final Pattern CLASS_HEADER = Pattern.compile("^(?:public |final |abstract |sealed |non-sealed )*(?:class|interface|enum) (\\S+)(?: extends (\\S+))?");
    private static final Pattern METHOD_HEADER = Pattern.compile("^  (?:[a-z]+ )*\\S+ ([\\w$<>]+)\\(.*\\);$");

    /** A class as javap shows it: its superclass and what each of its methods names. */
    private record ClassCode(String name, String superclass, Map<String, Set<String>> methods, Set<String> privateStatics) {
    }

    @Test
    void noStaticInitialisersNeedEachOtherInACycle() throws Exception {
        Map<String, ClassCode> classes = read(List.of(location(Analyzer.class), location(ReportSyntaxParser.class)));
        assertTrue(classes.size() > 100, "javap read " + classes.size() + " classes");
        assertTrue(classes.containsKey("nianbao/syntax/ReportSyntaxParser"), "the grammar module is read too");

        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (ClassCode c : classes.values()) {
            if (c.methods().containsKey("static {}")) {
                needs.put(c.name(), initialisationNeeds(c, classes));
            }
        }
        assertTrue(needs.containsKey("nianbao/core/template/TemplateRegistry"), "static initialisers are found");
        assertTrue(needs.get("nianbao/syntax/ReportSyntaxParser").contains("nianbao/grammar/ReportLexer"),
                "what a static initialiser needs is found: " + needs.get("nianbao/syntax/ReportSyntaxParser"));

        List<List<String>> cycles = new ArrayList<>();
        for (String start : needs.keySet()) {
            List<String> cycle = cycleThrough(start, needs);
            if (cycle != null) {
                cycles.add(cycle);
            }
        }
        assertEquals(List.of(), cycles, "static initialisers that need each other (a second thread could deadlock)");
    }

    /** The classes a class's initialisation needs initialised: its superclass and what its initialiser names. */
    private static Set<String> initialisationNeeds(ClassCode c, Map<String, ClassCode> classes) {
        Set<String> out = new LinkedHashSet<>();
        if (c.superclass() != null && classes.containsKey(c.superclass())) {
            out.add(c.superclass());
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of("static {}"));
        while (!todo.isEmpty()) {
            String method = todo.remove(todo.size() - 1);
            if (!seen.add(method)) {
                continue;
            }
            for (String ref : c.methods().getOrDefault(method, Set.of())) {
                int dot = ref.indexOf('.');
                String owner = dot < 0 ? ref : ref.substring(0, dot);
                if (owner.equals(c.name())) {
                    if (dot >= 0 && c.privateStatics().contains(ref.substring(dot + 1))) {
                        todo.add(ref.substring(dot + 1));
                    }
                } else if (classes.containsKey(owner)) {
                    out.add(owner);
                }
            }
        }
        return out;
    }

    /** A path of needs from start back to start, or null. */
    private static List<String> cycleThrough(String start, Map<String, Set<String>> needs) {
        List<String> path = new ArrayList<>(List.of(start));
        return walk(start, start, needs, path, new LinkedHashSet<>()) ? path : null;
    }

    private static boolean walk(String at, String start, Map<String, Set<String>> needs, List<String> path, Set<String> visited) {
        for (String next : needs.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (visited.add(next)) {
                path.add(next);
                if (walk(next, start, needs, path, visited)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private static Path location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Every class under the given class folders (or in the given jars), read with javap. */
    private static Map<String, ClassCode> read(List<Path> roots) throws IOException {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        Map<String, ClassCode> out = new LinkedHashMap<>();
        for (Path root : roots) {
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".class"))
                            .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/').replaceAll("\\.class$", "")));
                }
            } else {
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(root.toFile())) {
                    jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class") && !n.contains("-INF"))
                            .forEach(n -> names.add(n.replaceAll("\\.class$", "")));
                }
            }
            for (int i = 0; i < names.size(); i += 200) {
                List<String> args = new ArrayList<>(List.of("-c", "-p", "-cp", root.toString()));
                for (String n : names.subList(i, Math.min(names.size(), i + 200))) {
                    args.add(n.replace('/', '.'));
                }
                StringWriter text = new StringWriter();
                StringWriter errors = new StringWriter();
                int status = javap.run(new PrintWriter(text), new PrintWriter(errors), args.toArray(new String[0]));
                assertEquals(0, status, errors.toString());
                parse(text.toString(), out);
            }
        }
        return out;
    }

    private static void parse(String javapText, Map<String, ClassCode> out) {
        String name = null;
        String superclass = null;
        Map<String, Set<String>> methods = null;
        Set<String> privateStatics = null;
        Set<String> current = null;
        for (String line : javapText.split("\n")) {
            Matcher header = CLASS_HEADER.matcher(line);
            if (header.find() && !line.startsWith(" ")) {
                if (name != null) {
                    out.put(name, new ClassCode(name, superclass, methods, privateStatics));
                }
                name = internal(header.group(1));
                superclass = header.group(2) == null ? null : internal(header.group(2));
                methods = new LinkedHashMap<>();
                privateStatics = new LinkedHashSet<>();
                current = null;
                continue;
            }
            if (methods == null) {
                continue;
            }
            boolean member = line.length() > 2 && line.startsWith("  ") && line.charAt(2) != ' ' && line.charAt(2) != '}';
            if (member) {
                // a field, constructor or method: what follows until the next belongs to it
                current = null;
                Matcher method = METHOD_HEADER.matcher(line);
                if (line.equals("  static {};")) {
                    current = new LinkedHashSet<>();
                    methods.put("static {}", current);
                } else if (method.find()) {
                    current = new LinkedHashSet<>();
                    methods.put(method.group(1), current);
                    if (line.startsWith("  private static ")) {
                        privateStatics.add(method.group(1));
                    }
                }
                continue;
            }
            Matcher ref = REFERENCE.matcher(line);
            if (current != null && ref.find()) {
                // "// Field nianbao/x/Y.f:…", "// Method m:()V" (of this class), "// class nianbao/x/Y"
                String target = ref.group(2);
                if (ref.group(1).equals("class")) {
                    current.add(target);
                } else {
                    int dot = target.lastIndexOf('.');
                    String owner = dot < 0 ? name : target.substring(0, dot);
                    String field = (dot < 0 ? target : target.substring(dot + 1)).replace("\"", "");
                    current.add(owner + "." + field);
                }
            }
        }
        if (name != null) {
            out.put(name, new ClassCode(name, superclass, methods, privateStatics));
        }
    }

    /** nianbao.core.Foo<T> or nianbao.core.Foo$Bar: as the constant pool writes it. */
    private static String internal(String javapName) {
        int generic = javapName.indexOf('<');
        String plain = generic < 0 ? javapName : javapName.substring(0, generic);
        return plain.replace('.', '/');
    }
}
