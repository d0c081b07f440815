package nianbao.core.review;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Report;
import nianbao.core.output.HtmlOutput;
import nianbao.core.rollup.Rollup;
import nianbao.core.template.FieldDef;
import org.jspecify.annotations.Nullable;

/**
 * A county office's review of the reports it collects, as a static site: an index of every
 * report (agency, year, template, clean / warnings / errors, the counts) with each finding linked
 * to the report's published page at the cell it concerns; each report's page as {@code compile
 * --to html} writes it; the roll-up ({@link Rollup}) of the reports without errors, per template
 * and year; and, given the agencies expected, those that have not submitted. No scripts: the
 * site is read by following links. The index is a Mustache template
 * ({@code nianbao/review/index.mustache}), which escapes every value.
 */
public final class Review {

    private static final Template INDEX = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).zeroIsFalse(true).defaultValue("")
            .compile(resource("nianbao/review/index.mustache"));

    /** A report found, by its path relative to the directory reviewed ({@code /}-separated). */
    public record Entry(String path, Analysis analysis) {
    }

    /** A file of the site, by its path relative to the site's directory. */
    @SuppressWarnings("ArrayRecordComponent") // bytes handed to the writer: never compared nor hashed
    public record SiteFile(String path, byte[] content) {
    }

    /** Analyses the roll-up's text as a report at a path (so that a template named by path is found beside it). */
    public interface Analyzer {
        Analysis analyze(String path, String text);
    }

    private Review() {
    }

    /**
     * The site's files: {@code index.html}, {@code reports/…html} (one per report, its path
     * kept), {@code rollup/…} (per template and year, the summed report's page and text).
     *
     * @param expected the agencies expected to submit, or null when no list was given
     * @param agency   the agency that reviews and sums (the county, say), for the title and the roll-up; or null
     */
    public static List<SiteFile> site(List<Entry> entries, @Nullable List<String> expected, @Nullable String agency,
            Analyzer analyzer) {
        List<SiteFile> files = new ArrayList<>();
        List<Map<String, Object>> reports = new ArrayList<>();
        int clean = 0;
        int warned = 0;
        int failed = 0;
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        Set<String> submitted = new LinkedHashSet<>();
        for (Entry e : entries) {
            String page = "reports/" + withExtension(e.path(), ".html");
            files.add(new SiteFile(page, HtmlOutput.render(e.analysis()).getBytes(StandardCharsets.UTF_8)));
            Map<String, Object> row = reportRow(e, Hrefs.encode(page));
            row.put("n", reports.size() + 1);
            reports.add(row);
            switch (String.valueOf(row.get("status"))) {
                case "errors" -> failed++;
                case "warnings" -> warned++;
                default -> clean++;
            }
            String rowAgency = String.valueOf(row.get("agency"));
            if (!rowAgency.isEmpty()) {
                submitted.add(rowAgency);
            }
            if (!e.analysis().hasErrors()) {
                Report r = e.analysis().report();
                groups.computeIfAbsent(r.template().id() + "\u0000" + r.year(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Map<String, Object>> rollups = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            rollups.add(rollup(group, agency, analyzer, files));
        }

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", (agency == null ? "" : agency) + "政府信息公开工作年度报告审阅");
        model.put("total", entries.size());
        model.put("clean", clean);
        model.put("warned", warned);
        model.put("failed", failed);
        model.put("reports", reports);
        model.put("rollups", rollups);
        model.put("noRollup", rollups.isEmpty());
        if (expected != null) {
            List<String> missing = new ArrayList<>();
            for (String a : expected) {
                if (!submitted.contains(a)) {
                    missing.add(a);
                }
            }
            List<String> unexpected = submitted.stream().filter(a -> !expected.contains(a)).toList();
            model.put("expectedGiven", true);
            model.put("expectedCount", expected.size());
            model.put("missing", missing);
            model.put("missingCount", missing.size());
            model.put("allIn", missing.isEmpty());
            model.put("unexpected", unexpected);
            model.put("hasUnexpected", !unexpected.isEmpty());
        }
        files.add(0, new SiteFile("index.html", INDEX.execute(model).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, Object> reportRow(Entry e, String page) {
        Analysis a = e.analysis();
        Report r = a.report();
        long errors = a.count(Severity.ERROR);
        long warnings = a.count(Severity.WARNING);
        long notes = a.diagnostics().size() - errors - warnings;
        String status = errors > 0 ? "errors" : warnings > 0 ? "warnings" : "clean";
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", e.path());
        row.put("page", page);
        row.put("agency", header(r, FieldDef.Kind.AGENCY));
        row.put("year", r.year() == null ? "" : r.year().toString());
        row.put("template", r.template().id());
        row.put("status", status);
        row.put("statusLabel", switch (status) {
            case "errors" -> "有错误";
            case "warnings" -> "有警告";
            default -> "无问题";
        });
        row.put("errors", errors);
        row.put("warnings", warnings);
        row.put("notes", notes);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            Map<String, Object> f = new LinkedHashMap<>();
            String anchor = FindingAnchors.of(a, d);
            f.put("href", anchor.isEmpty() ? page : page + "#" + Hrefs.encode(anchor));
            f.put("severity", d.severity().key());
            f.put("severityLabel", d.severity().chinese());
            f.put("line", d.range().start().line() + 1);
            f.put("column", d.range().start().character() + 1);
            f.put("file", d.file() == null ? "" : d.file());
            f.put("message", d.message());
            f.put("id", d.id());
            findings.add(f);
        }
        row.put("findings", findings);
        row.put("hasFindings", !findings.isEmpty());
        return row;
    }

    /** The roll-up of one template and year: its page and text in the site, or why it could not be made. */
    private static Map<String, Object> rollup(List<Entry> group, @Nullable String agency, Analyzer analyzer,
            List<SiteFile> files) {
        Report first = group.get(0).analysis().report();
        List<Report> reports = group.stream().map(e -> e.analysis().report()).toList();
        List<String> names = group.stream().map(Entry::path).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("template", first.template().id());
        m.put("year", first.year() == null ? "" : first.year().toString());
        m.put("count", group.size());
        m.put("names", String.join("、", names));
        Rollup.Result result = Rollup.sum(reports, names, agency);
        if (result.problem() != null) {
            m.put("problem", result.problem());
            return m;
        }
        String base = "rollup/" + Hrefs.fileName(first.template().id()) + "-" + m.get("year");
        String text = Objects.requireNonNull(result.text(), "a sum without a problem has its text");
        Analysis sum = analyzer.analyze(group.get(0).path(), text);
        files.add(new SiteFile(base + ".html", HtmlOutput.render(sum).getBytes(StandardCharsets.UTF_8)));
        files.add(new SiteFile(base + ".nianbao", text.getBytes(StandardCharsets.UTF_8)));
        m.put("page", Hrefs.encode(base + ".html"));
        m.put("source", Hrefs.encode(base + ".nianbao"));
        m.put("errors", sum.count(Severity.ERROR));
        return m;
    }

    private static String header(Report r, FieldDef.Kind kind) {
        for (HeaderEntry h : r.header()) {
            if (h.def() != null && h.def().kind() == kind && !h.value().text().isBlank()) {
                return h.value().text().strip();
            }
        }
        return "";
    }

    private static String withExtension(String path, String extension) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return (dot > slash + 1 ? path.substring(0, dot) : path) + extension;
    }

    private static String resource(String path) {
        try (InputStream in = Review.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
