package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code plausibility.rules-at-township}: fixtures in {@code src/test/resources/fixtures/plausibility.rules-at-township/}. */
class ZeroExpectationCheckTest {

    private final CheckFixture fixture = CheckFixture.of("plausibility.rules-at-township");

    @Test
    void fires() {
        fixture.fires("fires");
    }

    @Test
    void quiet() {
        fixture.quiet("quiet");
    }

    /** A city government's general office reports the government's 规章 (威海市人民政府办公室, 2022). */
    @Test
    void quietCityGovernmentOffice() {
        fixture.quiet("quiet-city-government-office");
    }
}
