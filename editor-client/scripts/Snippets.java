// Writes the extension's snippets (snippets/nianbao.json) from the built-in templates, so that no
// row or column name is written by hand in the extension: every table skeleton and the whole
// report skeleton come from nianbao.core.skeleton.Skeleton, as the server's snippets do.
//
// Run with the server jar (or core's classpath) on the class path, from editor-client/:
//   java -cp ../server/target/nianbao-server.jar scripts/Snippets.java snippets/nianbao.json
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateRegistry;

public class Snippets {

    public static void main(String[] args) throws IOException {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        List<String> ids = registry.builtInIds();
        // the newest template (listed last) gets the short prefixes
        Template template = registry.get(ids.get(ids.size() - 1));
        List<String> entries = new ArrayList<>();
        entries.add(entry("报告骨架 " + template.id(),
                List.of("nb-report", "报告骨架"),
                reportBody(Skeleton.report(template, null, null)),
                "整份报告的骨架：表头字段、六个章节、所有表格（数值为 0）。 A whole report skeleton (" + template.name() + ")"));
        for (SectionDef s : template.sections()) {
            for (TableDef t : s.tables()) {
                entries.add(entry("表格骨架 " + t.label(),
                        List.of("nb-table-" + t.id(), "表" + t.label()),
                        escape(Skeleton.table(t)) + "$0",
                        s.label() + "：表格【" + t.label() + "】的所有行，数值为 0。 Skeleton of table " + t.id()));
            }
        }
        String json = "{\n" + String.join(",\n", entries) + "\n}\n";
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), json, StandardCharsets.UTF_8);
        } else {
            System.out.print(json);
        }
    }

    /** Empty header fields (`机关：`) become tab stops, in order. */
    private static String reportBody(String skeleton) {
        StringBuilder sb = new StringBuilder();
        int stop = 1;
        for (String line : skeleton.split("\n", -1)) {
            String escaped = escape(line);
            if (!line.isEmpty() && (line.endsWith("：") || line.endsWith(":")) && !line.startsWith("#")) {
                escaped += "${" + stop++ + "}";
            }
            sb.append(escaped).append('\n');
        }
        return sb.toString().stripTrailing() + "\n$0";
    }

    /** Snippet syntax: $, } and \ are literal only when escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }

    private static String entry(String name, List<String> prefixes, String body, String description) {
        List<String> lines = List.of(body.split("\n", -1));
        StringBuilder sb = new StringBuilder("  ").append(json(name)).append(": {\n    \"prefix\": [");
        sb.append(String.join(", ", prefixes.stream().map(Snippets::json).toList())).append("],\n    \"body\": [\n");
        for (int i = 0; i < lines.size(); i++) {
            sb.append("      ").append(json(lines.get(i))).append(i + 1 < lines.size() ? ",\n" : "\n");
        }
        return sb.append("    ],\n    \"description\": ").append(json(description)).append("\n  }").toString();
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
