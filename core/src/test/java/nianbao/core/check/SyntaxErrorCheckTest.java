package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code syntax.error}: fixtures in {@code src/test/resources/fixtures/syntax.error/}. */
class SyntaxErrorCheckTest {

    private final CheckFixture fixture = CheckFixture.of("syntax.error");

    @Test
    void firesOnEveryBrokenLineAndStillChecksTheRest() {
        fixture.fires("fires");
    }

    @Test
    void quietForFullWidthBracketsAroundATableName() {
        fixture.quiet("quiet");
    }
}
