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

    /** A real report numbered its last part 七 and called it 其他需说明事项 (君山片区管理局, 2025). */
    @Test
    void quietForTheOtherMattersSectionUnderAnotherNumberAndWording() {
        fixture.quiet("quiet-renumbered-other-matters");
    }

    /** A misspelt heading (平潭综合实验区 2022: 行政法复议) is one finding, not also a missing section. */
    @Test
    void firesOnceOnAMisspeltHeading() {
        fixture.fires("fires-misspelt-heading");
    }

    /** 四 written with 与 (行政审批局, 2024), as the template already takes 和. */
    @Test
    void quietForTheReviewSectionJoinedWithYu() {
        fixture.quiet("quiet-review-heading-with-yu");
    }
}
