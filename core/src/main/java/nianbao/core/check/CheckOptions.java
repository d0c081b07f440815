package nianbao.core.check;

/**
 * Switches for optional findings.
 *
 * @param reportBlanks list, once per table, the blank cells that the rules took as 0
 */
public record CheckOptions(boolean reportBlanks) {

    public static final CheckOptions DEFAULT = new CheckOptions(false);
}
