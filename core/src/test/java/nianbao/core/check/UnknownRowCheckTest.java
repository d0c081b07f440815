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

    /** A misspelt row label (市场监督管理局 2025: 属于行政执法案件) is one finding, not also a missing row. */
    @Test
    void firesOnceOnAMisspeltRow() {
        fixture.fires("fires-misspelt-row-once");
    }
}
