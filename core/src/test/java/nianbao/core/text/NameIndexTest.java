package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Did-you-mean: a wrong number is not a typo, and a typo keeps its number. */
class NameIndexTest {

    private static NameIndex<String> index(String... names) {
        return new NameIndex<>(List.of(names), n -> n, List::of);
    }

    private static NameIndex.Unknown<String> unknown(NameIndex<String> index, String written) {
        return assertInstanceOf(NameIndex.Unknown.class, index.lookup(written));
    }

    @Test
    void aWellFormedNumberNoNameHasIsNotSuggestedAnotherNumber() {
        var u = unknown(index("第二十条第（一）项", "第二十条第（五）项", "申请处理"), "第二十条第（九）项");
        assertNull(u.suggestion());
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项"), u.otherNumbers());
    }

    @Test
    void arabicAndListOrdinalsCountAsNumbersToo() {
        assertNull(unknown(index("第3条公开", "第4条公开"), "第5条公开").suggestion());
        assertNull(unknown(index("表(1)规章"), "表（2）规章").suggestion());
        assertNull(unknown(index("附表一、规章"), "附表二、规章").suggestion());
    }

    @Test
    void aMalformedNumberIsATypoAndGetsTheNameWithTheSameText() {
        var u = unknown(index("第二十条第（一）项", "第二十条第（十一）项"), "第二十条第（一一）项");
        assertEquals("第二十条第（一）项", u.suggestion());
        assertTrue(u.otherNumbers().isEmpty());
        assertEquals("第二十条第（五）项", unknown(index("第二十条第（五）项"), "第二十条第（05）项").suggestion());
    }

    @Test
    void aTypoInTheTextKeepsTheNumber() {
        var u = unknown(index("第二十条第（一）项", "第二十条第（六）项", "第二十条第（八）项"), "第二十条第（六）款");
        assertEquals("第二十条第（六）项", u.suggestion());
    }

    /** By plain edit distance 第（二十一）项公示 is nearer; its text is not what was written. */
    @Test
    void theNameWhoseTextMatchesRanksFirst() {
        var u = unknown(index("第（二十一）项公示", "第（一）项公开"), "第（二十一一）项公开");
        assertEquals("第（一）项公开", u.suggestion());
    }

    @Test
    void namesWithoutOrdinalsAreSuggestedAsBefore() {
        var u = unknown(index("本机关不掌握相关政府信息", "重复申请"), "不掌握");
        assertEquals("本机关不掌握相关政府信息", u.suggestion());
        assertEquals("重复申请", unknown(index("本机关不掌握相关政府信息", "重复申请"), "重复申清").suggestion());
    }

    @Test
    void wordsThatMerelyHoldANumeralAreNotOrdinals() {
        assertFalse(Ordinals.wellFormed(Names.normalize("三类内部事务信息")));
        assertEquals("第#条第(#)项", Ordinals.shape(Names.normalize("第二十条第（九）项")));
        assertEquals("收费1.5万元", Ordinals.shape("收费1.5万元"));
    }
}
