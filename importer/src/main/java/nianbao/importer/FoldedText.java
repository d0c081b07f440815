package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.Names;

/**
 * A text in the templates' folded form (no white space, compatibility forms folded: what
 * {@link Names#fold} makes of it), with each folded character's place in the text, so that what
 * is found in the folded form can be cut out of the text as written.
 */
final class FoldedText {

    final String text;
    final String folded;
    private final int[] offsets;

    private FoldedText(String text, String folded, int[] offsets) {
        this.text = text;
        this.folded = folded;
        this.offsets = offsets;
    }

    static FoldedText of(String text) {
        StringBuilder f = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String one = Names.fold(new String(Character.toChars(cp)));
            for (int k = 0; k < one.length(); k++) {
                offsets.add(i);
            }
            f.append(one);
            i += Character.charCount(cp);
        }
        offsets.add(text.length());
        return new FoldedText(text, f.toString(), offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Where the folded character at {@code folded} stands in the text. */
    int offset(int folded) {
        return offsets[folded];
    }

    /** The text as written between two places of the folded form. */
    String original(int from, int to) {
        return text.substring(offsets[from], offsets[to]);
    }
}
