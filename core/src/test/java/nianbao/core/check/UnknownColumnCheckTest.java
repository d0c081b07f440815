package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code column.unknown}: fixtures in {@code src/test/resources/fixtures/column.unknown/}. */
class UnknownColumnCheckTest {

    private final CheckFixture fixture = CheckFixture.of("column.unknown");

    @Test
    void firesOnAColumnNameTheTableDoesNotHave() {
        fixture.fires("fires");
    }

    @Test
    void quietForAColumnAlias() {
        fixture.quiet("quiet");
    }
}
