package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spaces in prose (PDF text, OCR) do not count, except between digits; positions stay the text's. */
class PhraseSpacesTest {

    @Test
    void spacesAroundAFigureAreSkippedAndTheFigureIsFoundWhereItStands() {
        String text = "2023 年全区受理政府信息公开申请 21 件，均在法定期限答复。";
        List<Phrase.Match> found = Phrase.compile("受理…信息公开申请{数}件").find(text);
        assertEquals(1, found.size());
        Phrase.Figure f = found.get(0).figures().get(0);
        assertEquals("21", f.text());
        assertEquals(text.indexOf("21"), f.start());
        assertEquals(text.indexOf("21") + 2, f.end());
        assertEquals(text.indexOf("受理"), found.get(0).start());
        assertEquals(text.indexOf("件"), found.get(0).end() - 1);
    }

    @Test
    void aSpaceBetweenTwoDigitsKeepsTwoNumbersApart() {
        assertEquals(List.of(), Phrase.compile("申请{数}件").find("申请 2 1 件"));
        assertEquals(1, Phrase.compile("申请{数}件").find("申请\u3000２１\u3000件").size());
    }

    @Test
    void yearsWithSpacesInAPeriodSentence() {
        String text = "本报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。";
        List<Phrase.Match> found = Phrase.compile("统计…{年}年1月1日…{年}年12月31日").find(text);
        assertEquals(1, found.size());
        List<Phrase.Figure> years = found.get(0).figures();
        assertEquals(2, years.size());
        assertEquals(text.indexOf("2023"), years.get(0).start());
        assertEquals(text.lastIndexOf("2023"), years.get(1).start());
        assertEquals("2023", years.get(1).text());
    }

    @Test
    void gapsAreReportedSoThatAChecksCanSeeWhatTheyHold() {
        List<Phrase.Match> found = Phrase.compile("收到…信息公开申请{数}件").find("收到自然人的政府信息公开申请3件");
        assertEquals(List.of("自然人的政府"), found.get(0).gaps());
    }

    @Test
    void aPreparedTextGivesTheSameMatches() {
        String text = "全年共受理政府信息公开申请 8 件，予以公开及部分公开5件。";
        Phrase.Text prepared = Phrase.text(text);
        for (String wording : List.of("受理…信息公开申请{数}件", "部分公开{数}件", "予以公开及部分公开{数}件")) {
            Phrase p = Phrase.compile(wording);
            assertEquals(p.find(text), p.find(prepared), wording);
        }
    }
}
