package nianbao.syntax;

import java.util.BitSet;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A character stream that shows a lexer every character its grammar never names as one ASCII
 * character that the grammar never names either; text and positions stay the original's.
 *
 * <p>Why: ANTLR's lexer caches its DFA transitions for characters 0..127 only. Every other
 * character (all of Chinese) is matched by simulating the ATN, one configuration set per
 * character, which made lexing Chinese prose many times slower than ASCII. A character that no
 * set or literal of the grammar contains can only be matched by "anything but …" sets and
 * wildcards, exactly like an ASCII character that no set contains; so the lexer takes the same
 * path for both, and the tokens (types, boundaries, text) are the same.
 */
final class FoldedCharStream implements CharStream {

    /** What a lexer's grammar names: every character in a label of a transition of its ATN. */
    static final class Folding {
        private final BitSet named = new BitSet();
        private final IntervalSet namedAstral = new IntervalSet();
        private final int stand;

        Folding(ATN atn) {
            IntervalSet all = new IntervalSet();
            for (ATNState state : atn.states) {
                if (state == null) {
                    continue;
                }
                for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                    Transition t = state.transition(i);
                    IntervalSet label = t.label();
                    if (label != null) {
                        all.addAll(label);
                    }
                }
            }
            for (Interval iv : all.getIntervals()) {
                int lo = Math.max(0, iv.a);
                int hi = Math.min(iv.b, 0xFFFF);
                if (lo <= hi) {
                    named.set(lo, hi + 1);
                }
                if (iv.b > 0xFFFF) {
                    namedAstral.add(Math.max(iv.a, 0x10000), iv.b);
                }
            }
            int s = -1;
            for (int c = 'a'; c < 128 && s < 0; c++) {
                if (!named.get(c)) {
                    s = c;
                }
            }
            for (int c = 1; c < 128 && s < 0; c++) {
                if (!named.get(c)) {
                    s = c;
                }
            }
            stand = s;
        }

        static Folding of(Lexer lexer) {
            return new Folding(lexer.getATN());
        }

        int fold(int c) {
            if (c < 128 || stand < 0) {
                return c;
            }
            boolean isNamed = c <= 0xFFFF ? named.get(c) : namedAstral.contains(c);
            return isNamed ? c : stand;
        }
    }

    private final CharStream source;
    private final Folding folding;

    FoldedCharStream(CharStream source, Folding folding) {
        this.source = source;
        this.folding = folding;
    }

    @Override
    public int LA(int i) {
        int c = source.LA(i);
        return c == EOF ? c : folding.fold(c);
    }

    @Override
    public String getText(Interval interval) {
        return source.getText(interval);
    }

    @Override
    public void consume() {
        source.consume();
    }

    @Override
    public int mark() {
        return source.mark();
    }

    @Override
    public void release(int marker) {
        source.release(marker);
    }

    @Override
    public int index() {
        return source.index();
    }

    @Override
    public void seek(int index) {
        source.seek(index);
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String toString() {
        return source.toString();
    }
}
