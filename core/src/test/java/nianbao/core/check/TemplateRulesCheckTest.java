package nianbao.core.check;

import org.junit.jupiter.api.Test;

/**
 * The consistency rules of the national-2021 template, each under its own id: fixtures in
 * {@code src/test/resources/fixtures/<rule id>/}.
 */
class TemplateRulesCheckTest {

    @Test
    void rowTotalFiresOnEveryRowWhoseTotalIsNotItsSum() {
        CheckFixture.of("balance.row-total").fires("fires");
    }

    @Test
    void rowTotalQuietWhenTheTotalColumnComesFirst() {
        CheckFixture.of("balance.row-total").quiet("quiet");
    }

    @Test
    void rowTotalFiresInSectionFour() {
        CheckFixture.of("balance.row-total").fires("fires-review");
    }

    @Test
    void rowTotalQuietInSectionFourWhenOnlyTotalsAreFilled() {
        CheckFixture.of("balance.row-total").quiet("quiet-review");
    }

    @Test
    void handledTotalFiresWhenTheResultsDoNotAddUp() {
        CheckFixture.of("balance.handled-total").fires("fires");
    }

    @Test
    void handledTotalQuietWhenTheResultsAddUp() {
        CheckFixture.of("balance.handled-total").quiet("quiet");
    }

    @Test
    void applicationFiresWhenReceivedDoesNotMatchHandledAndCarriedForward() {
        CheckFixture.of("balance.application").fires("fires");
    }

    @Test
    void applicationQuietWhenCarriedOverIsCarriedForward() {
        CheckFixture.of("balance.application").quiet("quiet");
    }

    @Test
    void aBlankTotalIsSaidToBeTakenAsZero() {
        CheckFixture.of("balance.row-total").fires("fires-blank-total");
    }

    @Test
    void aTotalFilledByTheRestLineIsSaidToBeUnwritten() {
        CheckFixture.of("balance.handled-total").fires("fires-unwritten-total");
    }
}
