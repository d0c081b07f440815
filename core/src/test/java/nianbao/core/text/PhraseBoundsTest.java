package nianbao.core.text;

import static nianbao.core.robustness.Documents.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording language finds what it found before, and in time linear in the line. */
class PhraseBoundsTest {

    private static List<String> figures(String wording, String text) {
        return Phrase.compile(wording).find(text).stream().map(m -> m.figures().get(0).text()).toList();
    }

    @Test
    void gapsStillFindTheNationalWordings() {
        assertEquals(List.of("7"), figures("受理…信息公开申请{数}件", "全年共受理政府信息公开申请7件。"));
        assertEquals(List.of("十二"), figures("上年结转…{数}件", "上年结转申请十二件"));
        assertEquals(List.of("3"), figures("上年结转……{数}件", "上年结转的3件"));
        // A gap is short and crosses no punctuation.
        assertEquals(List.of(), figures("受理…信息公开申请{数}件", "受理了很多很多很多很多很多很多的信息公开申请7件"));
        assertEquals(List.of(), figures("受理…信息公开申请{数}件", "受理，信息公开申请7件"));
    }

    @Test
    void aRunOfDotsIsOneGap() {
        assertEquals(1, Phrase.gaps("受理……申请{数}件"));
        assertEquals(3, Phrase.gaps("…a…b…{数}"));
    }

    /** Before: every way of sharing 3,000 characters among 40 gaps was tried; this never finished. */
    @Test
    void manyGapsOverALongLineFinish() {
        Phrase p = Phrase.compile("…申".repeat(40) + "{数}");
        String line = "申".repeat(3000) + "这是一段很长很长的文字".repeat(300);
        assertEquals(List.of(), guarded(() -> p.find(line)));
    }
}
