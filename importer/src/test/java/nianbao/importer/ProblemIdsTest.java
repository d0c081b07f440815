package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every import problem id is documented in docs/import.md, and the docs name no id that does not exist. */
class ProblemIdsTest {

    @Test
    void idsAndDocsAgree() throws IOException {
        String docs = Files.readString(Path.of("../docs/import.md"));
        List<String> ids = Arrays.stream(ProblemId.values()).map(ProblemId::id).toList();
        for (String id : ids) {
            assertTrue(docs.contains("`" + id + "`"), id + " is not listed in docs/import.md");
        }
        Matcher m = Pattern.compile("`(import\\.[a-z-]+)`").matcher(docs);
        var known = new HashSet<>(ids);
        while (m.find()) {
            assertTrue(known.contains(m.group(1)), "docs/import.md names " + m.group(1) + ", which ProblemId does not have");
        }
    }
}
