package nianbao.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Finds last year's report of the same agency, for the cross-year rules (上年结转 against last
 * year's 结转下年度继续办理). Files are the CLI's and the server's business; core asks through this.
 */
public interface PreviousReports {

    /**
     * What was found.
     *
     * @param report  last year's bound report, or null
     * @param source  where it was read from, for messages
     * @param problem why a report named in the header could not be used (Chinese), or null
     */
    record Lookup(@Nullable Report report, @Nullable String source, @Nullable String problem) {
        public static final Lookup NONE = new Lookup(null, null, null);
    }

    Lookup find(Report current);

    static PreviousReports none() {
        return current -> Lookup.NONE;
    }
}
