package nianbao.core.robustness;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random damage to a report, as a clerk's half-finished typing or a bad paste does it: characters
 * and whole lines inserted, deleted and replaced, drawn from the report's own vocabulary and from
 * everything that tends to break text tools (full-width forms, control characters, characters
 * outside the Basic Multilingual Plane such as 𠀾, lone surrogates, every kind of line break).
 */
public final class RandomEdits {

    private RandomEdits() {
    }

    /** Pieces of text an edit inserts: the syntax's own marks and the awkward characters. */
    static final List<String> PIECES = List.of(
            "0", "7", "12", "-1", "1.5", "99999999999999999999", "１２", "1,234", "一二", "-", "－", "—",
            "#", "# ", "## ", "# 三、收到和处理政府信息公开申请情况", "[", "]", "【", "】", "[申请处理]", "[第二十条第（一）项]",
            "//", "// 忽略 balance.row-total：原因", "// 忽略 balance.*", "：", ":", "其余 0", "其余为0",
            "模板：", "年度：", "标题：", "模板：../../etc/passwd.nbt", "模板：/etc/x.nbt",
            "政府信息公开", "自然人", "总计", "本年新收", "予以公开", "（一）", "1、", "。",
            "收到政府信息公开申请7件", "𠀾", "😀", "\uD840", "\uDC3E", "\uFEFF", "\u0000", "\u0007", "\u001b",
            "\u007f", "\u200b", "\u3000", "\u00a0", "\t", " ", "   ", "\r", "\n", "\r\n", "\n\r", "\u2028", "\u0085",
            "<script>alert(1)</script>", "&amp;", "\"", "\\", "{{title}}", "{{{x}}}");

    /** One piece of inserted text: a listed piece, or a short run of random characters. */
    static Arbitrary<String> piece() {
        Arbitrary<String> listed = Arbitraries.of(PIECES);
        Arbitrary<String> random = Arbitraries.strings()
                .withCharRange('\u0000', '\u007f')
                .withCharRange('\u4e00', '\u4e40')
                .withCharRange('\uff01', '\uff5e')
                .withCharRange('\ud800', '\udfff')
                .withChars("𠀾".toCharArray())
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, listed),
                net.jqwik.api.Tuple.of(1, random));
        return one.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    /** An edit, applied to whatever text it meets (its positions are fractions of that text). */
    public sealed interface Edit {
        String apply(String text);
    }

    record InsertText(double at, String text) implements Edit {
        @Override
        public String apply(String s) {
            int i = index(at, s.length());
            return s.substring(0, i) + text + s.substring(i);
        }
    }

    record DeleteText(double at, int length) implements Edit {
        @Override
        public String apply(String s) {
            int i = index(at, s.length());
            return s.substring(0, i) + s.substring(Math.min(s.length(), i + length));
        }
    }

    record ReplaceText(double at, int length, String text) implements Edit {
        @Override
        public String apply(String s) {
            int i = index(at, s.length());
            return s.substring(0, i) + text + s.substring(Math.min(s.length(), i + length));
        }
    }

    /** Inserts, deletes, replaces or doubles a whole line (lines split at LF only: CRs stay inside). */
    record LineEdit(double at, int kind, String text) implements Edit {
        @Override
        public String apply(String s) {
            List<String> lines = new java.util.ArrayList<>(List.of(s.split("\n", -1)));
            int i = index(at, lines.size() - 1);
            switch (kind) {
                case 0 -> lines.add(i, text);
                case 1 -> lines.remove(i);
                case 2 -> lines.set(i, text);
                default -> lines.add(i, lines.get(i));
            }
            return String.join("\n", lines);
        }
    }

    static int index(double fraction, int size) {
        return (int) Math.min(size, Math.max(0, Math.floor(fraction * (size + 1))));
    }

    public static Arbitrary<Edit> edit() {
        return edits(piece());
    }

    /** Edits that insert the given pieces of text. */
    public static Arbitrary<Edit> edits(Arbitrary<String> pieces) {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 40);
        return Arbitraries.oneOf(
                Combinators.combine(at, pieces).as(InsertText::new),
                Combinators.combine(at, length).as(DeleteText::new),
                Combinators.combine(at, length, pieces).as(ReplaceText::new),
                Combinators.combine(at, Arbitraries.integers().between(0, 3), pieces).as(LineEdit::new));
    }

    /** A text damaged by one to eight edits. */
    public static Arbitrary<String> damaged(String original) {
        return edit().list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            String s = original;
            for (Edit e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }
}
