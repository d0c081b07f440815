package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code format.outdated}: fixtures in {@code src/test/resources/fixtures/format.outdated/}. */
class OutdatedFormatCheckTest {

    private final CheckFixture fixture = CheckFixture.of("format.outdated");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }
}
