package nianbao.importer;

import java.util.List;

/**
 * The outcome of importing one file.
 *
 * @param nianbaoText the report in the report language ("" when nothing could be read)
 * @param templateId  the template the report was mapped to, as the report names it after {@code 模板：}
 *                    ({@code national-2021}, or the reference given for a template file), or null when none fitted
 * @param problems    everything not carried over as published, in source order
 * @param tableLost   true when a table of the template could not be imported (the command
 *                    then exits non-zero)
 */
public record ImportResult(String nianbaoText, String templateId, List<ImportProblem> problems, boolean tableLost) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** True when the file itself could not be read (not a report's content: a scan, a damaged or protected file). */
    public boolean unreadable() {
        return problems.stream().anyMatch(p -> p.kind().unreadable());
    }
}
