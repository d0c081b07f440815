package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code row.unknown}: fixtures in {@code src/test/resources/fixtures/row.unknown/}. */
class UnknownRowCheckTest {

    private final CheckFixture fixture = CheckFixture.of("row.unknown");

    @Test
    void firesOnALabelNoRowHasAndSuggestsTheClosest() {
        fixture.fires("fires");
    }

    @Test
    void quietForAnAliasAndAFullLabel() {
        fixture.quiet("quiet");
    }

    /** 𠀾 (U+2003E) is two UTF-16 code units: ranges after it count both. */
    @Test
    void firesWithRangesInUtf16UnitsOnLabelsHoldingCharactersOutsideTheBmp() {
        fixture.fires("fires-astral");
    }
}
