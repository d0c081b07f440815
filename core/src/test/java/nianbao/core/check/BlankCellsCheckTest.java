package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code value.blank}: fixtures in {@code src/test/resources/fixtures/value.blank/}. */
class BlankCellsCheckTest {

    private final CheckFixture fixture = CheckFixture.of("value.blank");

    @Test
    void firesWhenAskedToShowBlanks() {
        fixture.fires("fires");
    }

    @Test
    void quietUnlessAsked() {
        fixture.quiet("quiet");
    }
}
