package nianbao.core.check;

import nianbao.core.diagnostic.Severity;

/** A check whose id, severity and summary are fixed at construction. */
abstract class BaseCheck implements Check {

    private final String id;
    private final Severity severity;
    private final String summary;

    BaseCheck(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
