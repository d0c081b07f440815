package nianbao.core.features;

import nianbao.syntax.Range;

/**
 * A line shown above a table: how its consistency rules stand ({@code 勾稽关系 5 条全部成立}).
 *
 * @param range  the table's head line
 * @param holds  rule instances that hold
 * @param broken rule instances that do not hold (the findings, dismissed ones included)
 * @param undecided rule instances with unknown cells that could still hold
 * @param dismissed broken ones whose finding a {@code // 忽略} comment dismissed
 */
public record RuleLens(Range range, String title, int holds, int broken, int undecided, int dismissed) {
}
