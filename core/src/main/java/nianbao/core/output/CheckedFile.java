package nianbao.core.output;

import java.util.List;
import nianbao.core.diagnostic.Diagnostic;

/**
 * One file a check run read, with what it found: the input of the pipeline formats
 * ({@link SarifOutput}, {@link JunitOutput}, {@link GithubOutput}).
 *
 * @param path      the path as the run names it (relative paths stay relative, so that a CI
 *                  annotation lands on the file in the repository)
 * @param findings  the findings in force
 * @param dismissed the findings a {@code // 忽略} comment dismissed; empty unless asked for
 */
public record CheckedFile(String path, List<Diagnostic> findings, List<Diagnostic> dismissed) {

    public CheckedFile {
        findings = List.copyOf(findings);
        dismissed = List.copyOf(dismissed);
    }

    /** The file a finding points into: the template it names, else this file. */
    public String pathOf(Diagnostic d) {
        return d.file() != null ? d.file() : path;
    }

    public long count(nianbao.core.diagnostic.Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }
}
