package nianbao.core.template;

import java.util.List;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.Range;

/**
 * A consistency rule (勾稽关系) of one table: a sum that must hold on every row, or on every
 * column. For a row rule the terms name columns; for a column rule they name rows.
 *
 * @param id          the stable id diagnostics carry, e.g. {@code balance.row-total}
 * @param lhs         the terms of the left side
 * @param rhs         the terms of the right side
 * @param equation    the rule as the template writes it, in labels, for messages
 */
public record RuleDef(
        String id,
        Scope scope,
        List<Term> lhs,
        List<Term> rhs,
        Severity severity,
        String description,
        String equation,
        String templateId,
        Range declaredAt) {

    public enum Scope { EACH_ROW, EACH_COLUMN }

    /**
     * One summand. For a row rule {@code ref} is a column; for a column rule, a row (a heading
     * row stands for the rows under it that hold values, expanded when the template is read).
     *
     * @param lastYear true for {@code 上年.x}: the value of last year's report
     */
    public record Term(boolean negated, Declared ref, boolean lastYear) {
        public Term(boolean negated, Declared ref) {
            this(negated, ref, false);
        }
    }

    /** True when the rule compares with last year's report (checked only when that report is found). */
    public boolean crossYear() {
        for (Term t : lhs) {
            if (t.lastYear()) {
                return true;
            }
        }
        for (Term t : rhs) {
            if (t.lastYear()) {
                return true;
            }
        }
        return false;
    }
}
