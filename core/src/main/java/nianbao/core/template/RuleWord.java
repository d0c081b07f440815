package nianbao.core.template;

import java.util.Optional;

/**
 * The words a 规则 line may write between its id and its colon ({@code 规则 id 每行 警告：…}), with
 * what each means. The reader takes them from here, and so does completion in template files.
 */
public enum RuleWord {
    EACH_ROW("每行", RuleDef.Scope.EACH_ROW, "等式对每个填数的行成立，各项是列标识"),
    EACH_COLUMN("每列", RuleDef.Scope.EACH_COLUMN, "等式对每一列成立，各项是行标识"),
    WARNING("警告", null, "不成立时只提示警告，不算错误");

    private final String text;
    private final RuleDef.Scope scope;
    private final String meaning;

    RuleWord(String text, RuleDef.Scope scope, String meaning) {
        this.text = text;
        this.scope = scope;
        this.meaning = meaning;
    }

    /** The word as a template writes it. */
    public String text() {
        return text;
    }

    /** The rows or columns the rule holds on, for 每行 and 每列; null for a word that is no scope. */
    public RuleDef.Scope scope() {
        return scope;
    }

    /** What the word means, in a short Chinese sentence for an author. */
    public String meaning() {
        return meaning;
    }

    /** The word that states a scope. */
    public static RuleWord of(RuleDef.Scope scope) {
        for (RuleWord w : values()) {
            if (w.scope == scope) {
                return w;
            }
        }
        throw new IllegalArgumentException("no word states " + scope);
    }

    /** The rule word written so, if it is one. */
    public static Optional<RuleWord> of(String text) {
        for (RuleWord w : values()) {
            if (w.text.equals(text)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
