package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code prose.table-mismatch}: fixtures in {@code src/test/resources/fixtures/prose.table-mismatch/}. */
class ProseFigureCheckTest {

    private final CheckFixture fixture = CheckFixture.of("prose.table-mismatch");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }
}
