package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

class FastTypingTest {

    private final String text = Example.text();
    private final int line = Example.lineStartingWith(text, "本年新收");
    private final String row = Example.lines(text).get(line);
    private final int total = row.lastIndexOf('0');

    @Test
    void fiftyQuickChangesEndWithTheLastVersionAndNothingOutOfOrder() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            session.client.diagnostics(Example.URI, 1);
            String value = "0";
            for (int version = 2; version <= 51; version++) {
                value = retypeTotal(session, version, value);
            }
            PublishDiagnosticsParams last = session.client.diagnostics(Example.URI, 51);

            assertEquals(Published.expected(withTotal("50")), Published.summary(last.getDiagnostics()));
            assertInOrderEndingWith(session, 51);
        }
    }

    @Test
    void typingInBurstsPublishesEachPauseInOrder() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(Example.URI, 1, text);
            String value = "0";
            for (int version = 2; version <= 51; version++) {
                value = retypeTotal(session, version, value);
                if (version % 10 == 1) {
                    // a pause after every tenth keystroke: that version's diagnostics come
                    assertEquals(Published.expected(withTotal(value)),
                            Published.summary(session.client.diagnostics(Example.URI, version).getDiagnostics()));
                }
            }
            assertInOrderEndingWith(session, 51);
        }
    }

    @Test
    void aResultThatArrivesAfterANewerVersionIsDropped() throws Exception {
        CountDownLatch analysing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Analyzer real = new Analyzer();
        Function<String, Analysis> slowOnMarker = t -> {
            if (t.contains("// 慢")) {
                analysing.countDown();
                await(release);
            }
            return real.analyze(t);
        };
        try (LspSession session = LspSession.start(slowOnMarker)) {
            session.open(Example.URI, 1, text + "// 慢\n");
            await(analysing);                 // version 1 is being analysed ...
            session.replaceAll(Example.URI, 2, withTotal("7"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (session.impl.versionOf(Example.URI) != 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);              // the change travels through the pipe to the server
            }
            assertEquals(2, session.impl.versionOf(Example.URI));
            release.countDown();              // ... and finishes after version 2 arrived
            PublishDiagnosticsParams latest = session.client.diagnostics(Example.URI, 2);
            assertEquals(Published.expected(withTotal("7")), Published.summary(latest.getDiagnostics()));
            assertEquals(List.of(2), session.client.published(Example.URI).stream().map(PublishDiagnosticsParams::getVersion).toList());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "hung");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The total retyped as the number of keystrokes so far: 1, 2, ... */
    private String retypeTotal(LspSession session, int version, String previous) {
        String typed = Integer.toString(version - 1);
        session.change(Example.URI, version, LspSession.range(line, total, total + previous.length()), typed);
        return typed;
    }

    private String withTotal(String value) {
        return text.replace(row, row.substring(0, total) + value + row.substring(total + 1));
    }

    private static void assertInOrderEndingWith(LspSession session, int lastVersion) {
        List<Integer> versions = session.client.published(Example.URI).stream().map(PublishDiagnosticsParams::getVersion).toList();
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i) > versions.get(i - 1), "published out of order: " + versions);
        }
        assertEquals(lastVersion, versions.get(versions.size() - 1), versions.toString());
    }
}
