package nianbao.core.check;

import nianbao.core.diagnostic.Severity;

/**
 * One check: a stable id that diagnostics, JSON output and docs carry, a severity, a one-line
 * summary for the docs, and the code that finds it. The template's consistency rules are checked
 * by {@link TemplateRulesCheck}, whose ids come from the template.
 */
public interface Check {

    /** The stable id, e.g. {@code row.unknown}. */
    String id();

    Severity severity();

    /** What the check finds, in one English sentence, for docs/checks.md. */
    String summary();

    void run(CheckContext context);
}
