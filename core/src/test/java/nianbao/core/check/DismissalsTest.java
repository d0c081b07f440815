package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code dismissal.no-reason} and {@code dismissal.unused}: fixtures in {@code src/test/resources/fixtures/dismissal.*}. */
class DismissalsTest {

    @Test
    void aDismissalWithoutAReasonIsReportedAndDismissesNothing() {
        CheckFixture.of("dismissal.no-reason").fires("fires");
    }

    @Test
    void aDismissalWithAReasonIsQuiet() {
        CheckFixture.of("dismissal.no-reason").quiet("quiet");
        CheckFixture.of("dismissal.unused").quiet("quiet");
    }

    @Test
    void aDismissalThatMatchesNothingIsReported() {
        CheckFixture.of("dismissal.unused").fires("fires");
    }
}
