package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

class FastTypingTest {

    @Test
    void onlyTheNewestResultsArePublishedAndNeverOutOfOrder() throws Exception {
        String text = Example.text();
        int line = Example.lineStartingWith(text, "本年新收");
        String row = Example.lines(text).get(line);
        int total = row.lastIndexOf('0');
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.client.diagnostics(Example.URI, 1);
            // fifty keystrokes, sent without waiting: the total is retyped as 1, 2, ... 50
            String value = "0";
            for (int version = 2; version <= 51; version++) {
                String typed = Integer.toString(version - 1);
                session.change(Example.URI, version, LspSession.range(line, total, total + value.length()), typed);
                value = typed;
            }
            PublishDiagnosticsParams last = session.client.diagnostics(Example.URI, 51);

            String finalText = text.replace(row, row.substring(0, total) + "50" + row.substring(total + 1));
            assertEquals(Published.expected(finalText), Published.summary(last.getDiagnostics()));
            List<Integer> versions = session.client.published(Example.URI).stream().map(PublishDiagnosticsParams::getVersion).toList();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), "published out of order: " + versions);
            }
            assertEquals(51, versions.get(versions.size() - 1), versions.toString());
        }
    }
}
