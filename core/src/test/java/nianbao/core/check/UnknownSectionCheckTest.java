package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code section.unknown}: fixtures in {@code src/test/resources/fixtures/section.unknown/}. */
class UnknownSectionCheckTest {

    private final CheckFixture fixture = CheckFixture.of("section.unknown");

    @Test
    void firesOnAHeadingNoSectionHas() {
        fixture.fires("fires");
    }

    @Test
    void quietForAHeadingVariantTheTemplateKnows() {
        fixture.quiet("quiet");
    }
}
