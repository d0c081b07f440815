package nianbao.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void fullPinyinAndInitials() {
        assertEquals(List.of("bennianxinshou", "bnxs"), Pinyin.spellings("本年新收"));
    }

    @Test
    void everyReadingOfACharacterWithSeveral() {
        List<String> repeated = Pinyin.spellings("重复申请");
        assertTrue(repeated.contains("chongfushenqing"), repeated.toString());
        assertTrue(repeated.contains("cfsq"), repeated.toString());
        assertTrue(repeated.contains("zfsq"), repeated.toString());
    }

    @Test
    void longNamesStayBounded() {
        List<String> s = Pinyin.spellings("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertTrue(s.size() <= 2 * Pinyin.MAX_SPELLINGS, s.toString());
        assertEquals("shenqingrenwuzhengdangliyouyuqibubuzhengxingzhengjiguanbuzaichuliqizhengfuxinxigongkaishenqing",
                s.get(0));
        assertTrue(s.contains("sqrwzdlyyqbbzxzjgbzclqzfxxgksq"), s.toString());
    }

    @Test
    void latinAndDigitsStayPunctuationGoes() {
        assertEquals(List.of("di20tiao", "d20t"), Pinyin.spellings("第20条（"));
        assertEquals(List.of(), Pinyin.spellings("national-2021"));
    }
}
