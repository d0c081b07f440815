package nianbao.core.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.check.Check;
import nianbao.core.check.Checks;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.Range;

/**
 * Findings as a SARIF 2.1.0 log, the format code-scanning services read (GitHub, GitLab, Azure
 * DevOps). The rules are the checks of {@link Checks#all()} with their ids, severities and
 * summaries, then the consistency rules of the templates that produced a finding (their ids come
 * from the template, so they are known only from the findings). Regions are one-based with
 * columns in UTF-16 code units, which is SARIF's default {@code columnKind} and what core counts.
 * A fix a check computed becomes a SARIF fix; a finding dismissed by {@code // 忽略} becomes a
 * result with an in-source suppression carrying the reason.
 */
public final class SarifOutput {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** What a rule declared in a template says about itself, lacking a summary of its own. */
    static final String TEMPLATE_RULE = "A consistency rule (勾稽关系) declared in the report's template.";

    private SarifOutput() {
    }

    /** @param version the tool's version, such as {@code 0.1.0} */
    public static String render(List<CheckedFile> files, String version) {
        return JsonOutput.gson().toJson(log(files, version));
    }

    static JsonObject log(List<CheckedFile> files, String version) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        for (Check c : Checks.all()) {
            ruleIndex.put(c.id(), rules.size());
            rules.add(rule(c.id(), c.summary(), c.severity()));
        }
        JsonArray results = new JsonArray();
        for (CheckedFile f : files) {
            for (Diagnostic d : f.findings()) {
                results.add(result(f, d, ruleIndex, rules));
            }
            for (Diagnostic d : f.dismissed()) {
                JsonObject r = result(f, d, ruleIndex, rules);
                JsonObject suppression = new JsonObject();
                suppression.addProperty("kind", "inSource");
                if (d.dismissal() != null) {
                    suppression.addProperty("justification", d.dismissal());
                }
                JsonArray suppressions = new JsonArray();
                suppressions.add(suppression);
                r.add("suppressions", suppressions);
                results.add(r);
            }
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "nianbao");
        driver.addProperty("version", version);
        driver.addProperty("semanticVersion", version);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return log;
    }

    private static JsonObject rule(String id, String summary, Severity severity) {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", id);
        rule.add("shortDescription", text(summary));
        rule.add("fullDescription", text(summary));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(severity));
        rule.add("defaultConfiguration", configuration);
        return rule;
    }

    private static JsonObject result(CheckedFile f, Diagnostic d, Map<String, Integer> ruleIndex, JsonArray rules) {
        Integer index = ruleIndex.get(d.id());
        if (index == null) {
            index = rules.size();
            ruleIndex.put(d.id(), index);
            rules.add(rule(d.id(), TEMPLATE_RULE, d.severity()));
        }
        String uri = uri(f.pathOf(d));
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", d.id());
        result.addProperty("ruleIndex", index);
        result.addProperty("level", level(d.severity()));
        result.add("message", text(d.message()));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact(uri));
        physical.add("region", region(d.range()));
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        if (!d.fixes().isEmpty()) {
            JsonArray fixes = new JsonArray();
            for (Diagnostic.Fix fix : d.fixes()) {
                fixes.add(fix(uri, fix));
            }
            result.add("fixes", fixes);
        }
        return result;
    }

    private static JsonObject fix(String uri, Diagnostic.Fix fix) {
        JsonArray replacements = new JsonArray();
        for (Diagnostic.Edit e : fix.edits()) {
            JsonObject replacement = new JsonObject();
            replacement.add("deletedRegion", region(e.range()));
            JsonObject inserted = new JsonObject();
            inserted.addProperty("text", e.newText());
            replacement.add("insertedContent", inserted);
            replacements.add(replacement);
        }
        JsonObject change = new JsonObject();
        change.add("artifactLocation", artifact(uri));
        change.add("replacements", replacements);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject out = new JsonObject();
        out.add("description", text(fix.title()));
        out.add("artifactChanges", changes);
        return out;
    }

    /** A region from an LSP range: lines and columns one-based, the end column just past the range. */
    private static JsonObject region(Range r) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", r.start().line() + 1);
        region.addProperty("startColumn", r.start().character() + 1);
        region.addProperty("endLine", Math.max(r.end().line(), r.start().line()) + 1);
        int endColumn = r.end().line() > r.start().line() ? r.end().character() + 1
                : Math.max(r.end().character(), r.start().character()) + 1;
        region.addProperty("endColumn", endColumn);
        return region;
    }

    private static JsonObject artifact(String uri) {
        JsonObject a = new JsonObject();
        a.addProperty("uri", uri);
        return a;
    }

    private static JsonObject text(String s) {
        JsonObject m = new JsonObject();
        m.addProperty("text", s);
        return m;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    /**
     * A path as a URI reference: a relative path stays relative (code scanning resolves it
     * against the repository), an absolute one becomes a {@code file:} URI; every byte outside
     * the unreserved characters is percent-encoded (Chinese file names included).
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        boolean windowsDrive = p.length() > 1 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0));
        boolean absolute = p.startsWith("/") || windowsDrive;
        StringBuilder out = new StringBuilder(absolute ? (windowsDrive ? "file:///" : "file://") : "");
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0 || (windowsDrive && c == ':'));
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
