package nianbao.core.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.core.template.FieldDef;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.Names;
import nianbao.syntax.ReportSyntaxParser;

/**
 * Last year's report as a file: the one the header names ({@code 上年报告：./x-2021.nianbao},
 * relative to the report), else the report in the same folder with the same agency and the
 * previous year.
 */
public final class FilePreviousReports implements PreviousReports {

    private final Path reportFile;
    private final Path root;
    private final TemplateResolver resolver;

    public FilePreviousReports(Path reportFile, Path root, TemplateResolver resolver) {
        this.reportFile = reportFile.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
        this.resolver = resolver;
    }

    @Override
    public Lookup find(Report current) {
        Path dir = reportFile.getParent();
        for (HeaderEntry e : current.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.PREVIOUS_REPORT && !e.value().text().isEmpty()) {
                Path named = dir.resolve(e.value().text()).normalize();
                if (!named.startsWith(root)) {
                    return new Lookup(null, null, "上年报告的路径不能离开工作区：" + e.value().text());
                }
                Report r = read(named);
                return r == null ? new Lookup(null, null, "找不到上年报告文件：" + e.value().text())
                        : new Lookup(r, named.toString(), null);
            }
        }
        if (current.year() == null || dir == null) {
            return Lookup.NONE;
        }
        String agency = agency(current);
        if (agency == null) {
            return Lookup.NONE;
        }
        List<Path> candidates;
        try (Stream<Path> files = Files.list(dir)) {
            candidates = files.filter(p -> p.getFileName().toString().endsWith(".nianbao"))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(reportFile)).sorted().toList();
        } catch (IOException e) {
            return Lookup.NONE;
        }
        for (Path p : candidates) {
            Report r = read(p);
            if (r != null && r.year() != null && r.year() == current.year() - 1 && agency.equals(agency(r))) {
                return new Lookup(r, p.toString(), null);
            }
        }
        return Lookup.NONE;
    }

    private static String agency(Report r) {
        for (HeaderEntry e : r.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.AGENCY) {
                return Names.normalize(e.value().text());
            }
        }
        return null;
    }

    private Report read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return ReportBinder.bind(ReportSyntaxParser.parse(text), resolver).report();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
