package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.duplicate-field}: fixtures in {@code src/test/resources/fixtures/header.duplicate-field/}. */
class DuplicateHeaderFieldCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.duplicate-field");

    @Test
    void firesOnAFieldWrittenTwice() {
        fixture.fires("fires");
    }

    @Test
    void quietWhenEachFieldIsWrittenOnce() {
        fixture.quiet("quiet");
    }
}
