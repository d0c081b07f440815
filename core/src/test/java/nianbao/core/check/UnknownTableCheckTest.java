package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code table.unknown}: fixtures in {@code src/test/resources/fixtures/table.unknown/}. */
class UnknownTableCheckTest {

    private final CheckFixture fixture = CheckFixture.of("table.unknown");

    /** 第二十条第（九）项 is a well-formed number no table has: the other numbers are listed, none is suggested. */
    @Test
    void firesOnATableNameNoTableHasWithoutSuggestingAnotherNumber() {
        fixture.fires("fires");
    }

    /** 第二十条第（六）款 mistypes the text: the table with the same number is suggested, not a neighbour. */
    @Test
    void firesOnATypoInTheTextAndSuggestsTheSameNumber() {
        fixture.fires("fires-typo");
    }

    @Test
    void quietForATableAlias() {
        fixture.quiet("quiet");
    }
}
