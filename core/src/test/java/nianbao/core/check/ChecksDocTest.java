package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.template.RuleDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.TemplateRegistry;
import nianbao.core.template.ZeroExpectation;
import nianbao.core.testing.Golden;
import org.junit.jupiter.api.Test;

/** docs/checks.md lists every check id and every rule id of the built-in templates, with its severity. */
class ChecksDocTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z][a-z0-9.*-]*)` \\| ([a-z]+) \\|");

    /** Check ids with their severities; a wildcard check (balance.*) stands for the template rules. */
    static Map<String, String> knownIds() {
        Map<String, String> ids = new TreeMap<>();
        for (Check c : Checks.all()) {
            if (!c.id().contains("*")) {
                ids.put(c.id(), c.severity().key());
            }
        }
        TemplateRegistry registry = TemplateRegistry.builtIn();
        for (String template : registry.builtInIds()) {
            for (TableDef t : registry.get(template).tables()) {
                for (RuleDef r : t.rules()) {
                    ids.put(r.id(), r.severity().key());
                }
                for (ZeroExpectation z : t.zeroExpectations()) {
                    ids.put(z.id(), "warning");
                }
            }
        }
        for (String id : Dismissals.IDS) {
            ids.put(id, "warning");
        }
        return ids;
    }

    @Test
    void everyIdIsDocumentedWithItsSeverityAndNoOtherIs() {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(Golden.read(Path.of("..", "docs", "checks.md")));
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        assertEquals(knownIds(), documented);
    }
}
