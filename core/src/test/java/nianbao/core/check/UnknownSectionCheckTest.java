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

    /** 五 written with 和 for 及 (苏平片区管理局, 2023–2025: “存在的主要问题和改进情况”). */
    @Test
    void quietForTheProblemsSectionJoinedWithHe() {
        fixture.quiet("quiet-problems-heading-with-he");
    }

    /**
     * A part renamed in place (公安局 2024: “五、存在的主要问题及明年工作计划”, between 四 and 六): one
     * finding that offers the section of its number and place, and no missing section.
     */
    @Test
    void firesOnceOnAPartRenamedInPlace() {
        fixture.fires("fires-renamed-in-place");
    }

    /**
     * 上海市科委 2024: its own six parts, then the national ones renumbered. Each heading off the
     * format is one finding; none is offered a section the report already has further down.
     */
    @Test
    void firesWithoutOfferingASectionTheReportHas() {
        fixture.fires("fires-local-parts-before-national");
    }
}
